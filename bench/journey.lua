-- The decision journey, the load people really create: a result is made (POST /api/assessments) and then opened
-- three times, by its creator and by two people it was sent to, as browsers open a link (with Accept-Encoding).
-- Each wrk thread keeps a queue of the views still owed to the results it created; a connection takes the next
-- owed view if there is one, else creates a result. So every created result is opened three times, by whichever
-- connection is free, and about one request in four is a POST.
-- Counts every status per thread, the 201s (`created`) and the 200s (`viewed`), and appends every 201's token to
-- $TOKENS_DIR/tokens-<thread>.txt so run.sh can check that each one was stored once and reads back.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
dofile(os.getenv("BENCH_DIR") .. "/answers.lua")

statuses = {}
created = 0
viewed = 0
local posts = {}
local owed, first, last = {}, 1, 0
local out
local views_per_result = 3
local browser = { ["Accept-Encoding"] = "gzip, deflate, br, zstd" }

function init(args)
   math.randomseed(os.time() * 100 + (id or 0))
   local headers = { ["Content-Type"] = "application/json" }
   for i = 1, 500 do
      table.insert(posts, wrk.format("POST", "/api/assessments", headers, answers_body(i, "journey")))
   end
   out = tokens_file()
end

function request()
   if first <= last then
      local view = owed[first]
      owed[first] = nil
      first = first + 1
      return view
   end
   return posts[math.random(#posts)]
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if status == 201 then
      created = created + 1
      local token = created_token(headers)
      if out then out:write((token or "MISSING-LOCATION"), "\n") end
      if token then
         local view = wrk.format("GET", "/r/" .. token, browser)
         for _ = 1, views_per_result do
            last = last + 1
            owed[last] = view
         end
      end
   elseif status == 200 then
      viewed = viewed + 1
   end
end
