-- A browser's read beacon: POST with a receipt no other beacon of the run has, as reads.js
-- sends it. Pass a run id (16 hex digits) after `--` so runs never share receipts, and
-- "forwarded" after it to name a reader address of its own in X-Forwarded-For for every
-- beacon (as a CDN in front of the site would), so the repeat and rate rules see many
-- readers.
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
    headers["X-Forwarded-For"] = string.format("198.18.%d.%d", math.random(0, 255), math.random(1, 254))
  end
  return wrk.format(nil, wrk.path .. "?receipt=" .. receipt, headers)
end
