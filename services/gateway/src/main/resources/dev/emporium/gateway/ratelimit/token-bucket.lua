-- Token bucket kept in one Redis hash, updated atomically.
-- KEYS[1]: the bucket. ARGV: replenish rate (tokens per second), burst capacity, tokens requested, and the time in
-- epoch milliseconds, or an empty string for Redis' own clock.
-- Returns {allowed (1|0), tokens left (floored), milliseconds until the request would be allowed}.
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local requested = tonumber(ARGV[3])

-- Redis' clock, not the callers': gateway replicas may disagree on the time. (Tests pass a controlled time.)
local now = tonumber(ARGV[4])
if now == nil then
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end

local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(bucket[1])
local updated = tonumber(bucket[2])
if tokens == nil or updated == nil then
  tokens = capacity
  updated = now
end

tokens = math.min(capacity, tokens + math.max(0, now - updated) * rate / 1000)

local allowed = 0
local wait = 0
if tokens >= requested then
  tokens = tokens - requested
  allowed = 1
else
  wait = math.ceil((requested - tokens) * 1000 / rate)
end

redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now))
-- A bucket left alone refills completely in capacity / rate; after that it can be forgotten.
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * 1000 / rate) + 1000)

return {allowed, math.floor(tokens), wait}
