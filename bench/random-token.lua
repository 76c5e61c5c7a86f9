-- GET $TOKEN_PATH_PREFIX<token>, the token picked at random from $TOKENS_FILE (one per line). With an empty prefix
-- the file holds whole paths (bench/scale.sh's admin pages); headers come from wrk's -H.
-- The requests are formatted once in init(), so the per-request client cost is a table lookup.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local requests = {}

function init(args)
   local prefix = os.getenv("TOKEN_PATH_PREFIX") or "/r/"
   for token in io.lines(os.getenv("TOKENS_FILE")) do
      if #token > 0 then table.insert(requests, wrk.format("GET", prefix .. token)) end
   end
   if #requests == 0 then error("no tokens in " .. tostring(os.getenv("TOKENS_FILE"))) end
   math.randomseed(os.time() * 100 + (id or 0))
end

function request()
   return requests[math.random(#requests)]
end
