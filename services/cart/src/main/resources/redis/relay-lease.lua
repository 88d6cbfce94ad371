-- The relay's lease: taken when free, renewed by its holder, refused to anyone else until it expires.
-- KEYS[1]: the lease; ARGV[1]: this relay's id; ARGV[2]: the lease's length in ms.
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 1
end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
