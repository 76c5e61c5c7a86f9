-- GET a path picked at random from $PATHS_FILE (one per line), with $COOKIE as the Cookie header when it is set
-- (an admin's session). The requests are formatted once in init(), so the per-request client cost is a lookup.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local requests = {}

function init(args)
   local cookie = os.getenv("COOKIE")
   local headers = { ["Accept-Encoding"] = "gzip, br" }
   if cookie and #cookie > 0 then headers["Cookie"] = cookie end
   for path in io.lines(os.getenv("PATHS_FILE")) do
      if #path > 0 then table.insert(requests, wrk.format("GET", path, headers)) end
   end
   if #requests == 0 then error("no paths in " .. tostring(os.getenv("PATHS_FILE"))) end
   math.randomseed(os.time() * 100 + (id or 0))
end

function request()
   return requests[math.random(#requests)]
end
