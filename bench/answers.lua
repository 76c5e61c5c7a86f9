-- Varied, valid questionnaire answers as JSON bodies for POST /api/assessments; shared by the benchmark
-- (bench/post-assessment.lua) and the load-and-crash test (tests/durability/mixed-load.lua).
local levels = { "low", "medium", "high" }
local scopes = { "stable", "evolving", "volatile" }
local pms = { "none", "partial", "strong" }
local urgencies = { "asap", "soon", "flexible" }

local function pick(list) return list[math.random(#list)] end

-- The i-th body of this thread; labels read "<label_prefix> <thread>-<i>".
function answers_body(i, label_prefix)
   local parts = {
      string.format('"control":"%s"', pick(levels)),
      string.format('"scopeStability":"%s"', pick(scopes)),
      string.format('"inHousePm":"%s"', pick(pms)),
      string.format('"durationMonths":%d', math.random(1, 120)),
      string.format('"budgetUsd":%d', math.random(1000, 5000000)),
   }
   -- Optional answers are sometimes left out, as people do.
   if math.random() < 0.7 then table.insert(parts, string.format('"teamSize":%d', math.random(1, 60))) end
   if math.random() < 0.7 then table.insert(parts, string.format('"startUrgency":"%s"', pick(urgencies))) end
   if math.random() < 0.7 then table.insert(parts, string.format('"dataSensitivity":"%s"', pick(levels))) end
   if math.random() < 0.5 then table.insert(parts, string.format('"nicheExpertise":%s', math.random() < 0.5 and "true" or "false")) end
   if math.random() < 0.5 then table.insert(parts, string.format('"label":"%s %d-%d"', label_prefix, id or 0, i)) end
   return "{" .. table.concat(parts, ",") .. "}"
end

-- The token of a 201's Location header (/r/<token>), or nil.
function created_token(headers)
   local location = headers["Location"] or headers["location"] or ""
   return location:match("/r/([%w_-]+)$")
end

-- The file this thread appends every created token to, when $TOKENS_DIR is set (run.sh checks each one).
function tokens_file()
   local dir = os.getenv("TOKENS_DIR")
   if not dir then return nil end
   local out = assert(io.open(string.format("%s/tokens-%d.txt", dir, id or 0), "a"))
   out:setvbuf("line")
   return out
end
