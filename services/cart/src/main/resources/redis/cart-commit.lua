-- A compare-and-set of one or more carts plus their events, atomically (Redis runs a script alone).
-- KEYS[1]: the outbox stream; KEYS[2..n+1]: the carts; KEYS[n+2..n+m+1]: once-keys (e.g. an order already checked
-- out): each must not exist yet, and is set by the write, so the change it stands for happens at most once.
-- ARGV[1]: n; ARGV[2]: m; then per cart: the version it was read at, the new document ('' deletes the cart), its TTL
-- in ms; then per once-key its TTL in ms; then each event as one outbox entry (JSON), appended in order.
local n = tonumber(ARGV[1])
local m = tonumber(ARGV[2])
for i = 1, n do
  local current = redis.call('HGET', KEYS[i + 1], 'v') or '0'
  if current ~= ARGV[3 + (i - 1) * 3] then
    return 0
  end
end
for k = 1, m do
  if redis.call('EXISTS', KEYS[n + 1 + k]) == 1 then
    return 0
  end
end
for i = 1, n do
  local base = 3 + (i - 1) * 3
  local key = KEYS[i + 1]
  if ARGV[base + 1] == '' then
    redis.call('DEL', key)
  else
    redis.call('HSET', key, 'v', tostring(tonumber(ARGV[base]) + 1), 'doc', ARGV[base + 1])
    redis.call('PEXPIRE', key, ARGV[base + 2])
  end
end
for k = 1, m do
  redis.call('SET', KEYS[n + 1 + k], '1', 'PX', ARGV[2 + n * 3 + k])
end
for j = 3 + n * 3 + m, #ARGV do
  redis.call('XADD', KEYS[1], '*', 'event', ARGV[j])
end
return 1
