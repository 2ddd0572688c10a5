-- A browser's read beacon: POST with a receipt no other beacon of the run has, as reads.js
-- sends it. Pass a run id (16 hex digits) after `--` so runs never share receipts, and
-- "forwarded" after it to name a reader address of its own in X-Forwarded-For for every
-- beacon (as a CDN in front of the site would), so the repeat and rate rules see many
-- readers: random addresses of IPv6's benchmarking range 2001:2::/48 (RFC 5180), 2^80 of
-- them, so that practically no beacon is a repeat of an earlier one.
wrk.method = "POST"
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0"

local threads = 0
function setup(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

function init(args)
  run_id = args[1] or "0000000000000000"
  forwarded = args[2] == "forwarded"
  counter = 0
  math.randomseed(thread_id * 7919 + os.time())
end

function request()
  counter = counter + 1
  local receipt = string.format("%s%08x%08x", run_id, thread_id, counter)
  local headers = nil
  if forwarded then
    headers = {}
    for name, value in pairs(wrk.headers) do headers[name] = value end
    headers["X-Forwarded-For"] = string.format(
      "2001:2:0:%x:%x:%x:%x:%x", math.random(0, 65535), math.random(0, 65535),
      math.random(0, 65535), math.random(0, 65535), math.random(0, 65535))
  end
  return wrk.format(nil, wrk.path .. "?receipt=" .. receipt, headers)
end
