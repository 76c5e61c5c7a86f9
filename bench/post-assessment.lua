-- POST /api/assessments with varied, valid answers. Counts every status per thread and appends the
-- token of every 201 (from the Location header, /r/<token>) to $TOKENS_DIR/tokens-<thread>.txt,
-- so run.sh can check each 201 against the database and read it back.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

statuses = {}
created = 0
local requests = {}
local out

dofile(os.getenv("BENCH_DIR") .. "/answers.lua")

local function body(i) return answers_body(i, "bench") end

function init(args)
   math.randomseed(os.time() * 100 + (id or 0))
   local headers = { ["Content-Type"] = "application/json" }
   for i = 1, 500 do
      table.insert(requests, wrk.format("POST", "/api/assessments", headers, body(i)))
   end
   out = tokens_file()
end

function request()
   return requests[math.random(#requests)]
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if status == 201 then
      created = created + 1
      local token = created_token(headers)
      if out then out:write((token or "MISSING-LOCATION"), "\n") end
   end
end
