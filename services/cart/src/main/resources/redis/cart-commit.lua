-- A compare-and-set of one or more carts plus their events, atomically (Redis runs a script alone).
-- KEYS[1]: the outbox stream; KEYS[2..n+1]: the carts.
-- ARGV[1]: n; then per cart: the version it was read at, the new document ('' deletes the cart), its TTL in ms;
-- then each event as one outbox entry (JSON), appended in order.
local n = tonumber(ARGV[1])
for i = 1, n do
  local current = redis.call('HGET', KEYS[i + 1], 'v') or '0'
  if current ~= ARGV[2 + (i - 1) * 3] then
    return 0
  end
end
for i = 1, n do
  local base = 2 + (i - 1) * 3
  local key = KEYS[i + 1]
  if ARGV[base + 1] == '' then
    redis.call('DEL', key)
  else
    redis.call('HSET', key, 'v', tostring(tonumber(ARGV[base]) + 1), 'doc', ARGV[base + 1])
    redis.call('PEXPIRE', key, ARGV[base + 2])
  end
end
for j = 2 + n * 3, #ARGV do
  redis.call('XADD', KEYS[1], '*', 'event', ARGV[j])
end
return 1
