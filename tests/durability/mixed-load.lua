-- Mixed load for tests/durability/run.sh: each connection either creates an assessment
-- (POST /api/assessments with varied, valid answers) or reads back one that its wrk thread created
-- earlier in the run (GET /api/assessments/{token} or GET /r/{token}, half each).
--
-- Environment:
--   TOKENS_DIR   every 201's token (from its Location header, /r/<token>) is appended, one per line, to
--                $TOKENS_DIR/tokens-<thread>.txt as soon as the response arrives: these are the acknowledged
--                assessments. The file is line-buffered, so a token is on disk before the next request goes out.
--   READ_SHARE   share of requests that are reads once the thread has a token (default 0.5).
--   RESULT_FILE  done() writes key=value lines here (stdout if unset).
--
-- Every status is counted (not only errors), per kind of response: a 201 is a create, a 200 with a JSON body a
-- GET /api/assessments/{token}, a 200 with an HTML body a GET /r/{token}. Anything else is counted under its
-- status only: the run expects none.

local threads = {}
local next_id = 1

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

-- Per-thread state (each wrk thread has its own Lua state).
statuses = {}
created = 0
api_reads = 0
page_reads = 0
bad_location = 0
local tokens = {}
local posts = {}
local out
local read_share = 0.5

dofile(os.getenv("BENCH_DIR") .. "/answers.lua")

local function body(i) return answers_body(i, "durability") end

function init(args)
   math.randomseed(os.time() * 100 + (id or 0))
   read_share = tonumber(os.getenv("READ_SHARE") or "") or 0.5
   local headers = { ["Content-Type"] = "application/json" }
   for i = 1, 500 do
      table.insert(posts, wrk.format("POST", "/api/assessments", headers, body(i)))
   end
   local dir = os.getenv("TOKENS_DIR")
   if dir then
      out = assert(io.open(string.format("%s/tokens-%d.txt", dir, id or 0), "a"))
      out:setvbuf("line")
   end
end

function request()
   if #tokens > 0 and math.random() < read_share then
      local token = tokens[math.random(#tokens)]
      if math.random() < 0.5 then
         return wrk.format("GET", "/api/assessments/" .. token)
      end
      return wrk.format("GET", "/r/" .. token)
   end
   return posts[math.random(#posts)]
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if status == 201 then
      created = created + 1
      local token = created_token(headers)
      if token and #token == 43 then
         table.insert(tokens, token)
         if out then out:write(token, "\n") end
      else
         bad_location = bad_location + 1
         if out then out:write("MISSING-LOCATION\n") end
      end
   elseif status == 200 then
      local ctype = headers["Content-Type"] or headers["content-type"] or ""
      if ctype:find("json", 1, true) then api_reads = api_reads + 1 else page_reads = page_reads + 1 end
   end
end

function done(summary, latency, requests)
   local all, sums = {}, { created = 0, api_reads = 0, page_reads = 0, bad_location = 0 }
   for _, thread in ipairs(threads) do
      local s = thread:get("statuses")
      if type(s) == "table" then
         for code, n in pairs(s) do all[code] = (all[code] or 0) + n end
      end
      for key in pairs(sums) do sums[key] = sums[key] + (tonumber(thread:get(key)) or 0) end
   end
   local list, non2xx, fivexx, responses = {}, 0, 0, 0
   for code, n in pairs(all) do
      local c = tonumber(code)
      responses = responses + n
      if c < 200 or c > 299 then non2xx = non2xx + n end
      if c >= 500 then fivexx = fivexx + n end
      table.insert(list, code .. ":" .. n)
   end
   table.sort(list)
   local e = summary.errors
   local seconds = summary.duration / 1e6
   local lines = {
      "requests=" .. summary.requests,
      "responses=" .. responses,
      "seconds=" .. string.format("%.3f", seconds),
      "rps=" .. string.format("%.1f", summary.requests / seconds),
      "p50_ms=" .. string.format("%.3f", latency:percentile(50) / 1000),
      "p99_ms=" .. string.format("%.3f", latency:percentile(99) / 1000),
      "max_ms=" .. string.format("%.3f", latency.max / 1000),
      "statuses=" .. (#list > 0 and table.concat(list, ",") or "none"),
      "non2xx=" .. non2xx,
      "fivexx=" .. fivexx,
      "created=" .. sums.created,
      "api_reads=" .. sums.api_reads,
      "page_reads=" .. sums.page_reads,
      "bad_location=" .. sums.bad_location,
      "err_connect=" .. e.connect,
      "err_read=" .. e.read,
      "err_write=" .. e.write,
      "err_timeout=" .. e.timeout,
   }
   local path = os.getenv("RESULT_FILE")
   local f = path and io.open(path, "w") or io.stdout
   f:write(table.concat(lines, "\n") .. "\n")
   if f ~= io.stdout then f:close() end
end
