-- A browser's read beacon: POST with a receipt no other beacon of the run has, as reads.js
-- sends it. Pass a run id (16 hex digits) after `--` so runs never share receipts.
wrk.method = "POST"
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0"

local threads = 0
function setup(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

function init(args)
  run_id = args[1] or "0000000000000000"
  counter = 0
end

function request()
  counter = counter + 1
  local receipt = string.format("%s%08x%08x", run_id, thread_id, counter)
  return wrk.format(nil, wrk.path .. "?receipt=" .. receipt)
end
