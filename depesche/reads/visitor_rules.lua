-- The visitor rules for a group of read beacons, in one round trip (see audience.judge).
-- Beacon i has KEYS[2i-1], its address's rate counter for this minute, and KEYS[2i], the
-- mark of its reader's read of the page; ARGV[3i-2] the rate limit (0: none), ARGV[3i-1]
-- the repeat window in seconds (0: not a read that can count), ARGV[3i] its receipt ("-":
-- none). Answers one code per beacon: 0 counts, 1 repeat, 2 over the rate limit.
local codes = {}
for i = 1, #KEYS / 2 do
  local counter, mark = KEYS[2 * i - 1], KEYS[2 * i]
  local limit = tonumber(ARGV[3 * i - 2])
  local window = tonumber(ARGV[3 * i - 1])
  local receipt = ARGV[3 * i]
  local code = 0
  if limit > 0 then
    -- The address's first beacon this minute (the usual case) starts its counter at 1.
    local count = 1
    if not redis.call("SET", counter, 1, "NX", "EX", 120) then
      count = redis.call("INCR", counter)
    end
    if count > limit then
      code = 2
    end
  end
  if code == 0 and window > 0 and not redis.call("SET", mark, receipt, "NX", "EX", window) then
    -- Marked before: a repeat, unless it is a retry of the very beacon that left the mark.
    if receipt == "-" or redis.call("GET", mark) ~= receipt then
      code = 1
    end
  end
  codes[i] = code
end
return codes
