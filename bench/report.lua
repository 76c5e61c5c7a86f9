-- Shared by every bench script: collects the wrk threads and, in done(), writes one
-- "key=value" line per figure to $BENCH_RESULT (run.sh reads them back).
-- Thread-local counters (the `statuses` table, `created` and `viewed`) are summed across threads.

threads = {}
local next_id = 1

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

function done(summary, latency, requests)
   local statuses, created, viewed = {}, 0, 0
   for _, thread in ipairs(threads) do
      local s = thread:get("statuses")
      if type(s) == "table" then
         for code, n in pairs(s) do statuses[code] = (statuses[code] or 0) + n end
      end
      created = created + (tonumber(thread:get("created")) or 0)
      viewed = viewed + (tonumber(thread:get("viewed")) or 0)
   end
   local counted, non2xx, list = false, 0, {}
   for code, n in pairs(statuses) do
      counted = true
      local c = tonumber(code)
      if c < 200 or c > 299 then non2xx = non2xx + n end
      table.insert(list, code .. ":" .. n)
   end
   table.sort(list)
   if not counted then
      -- No response() hook (it would copy every body into Lua and slow the client down):
      -- wrk itself counts statuses above 399; run.sh checks beforehand that the URL answers 200.
      non2xx = summary.errors.status
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   local lines = {
      "requests=" .. summary.requests,
      "seconds=" .. string.format("%.3f", seconds),
      "rps=" .. string.format("%.1f", summary.requests / seconds),
      "p50_ms=" .. string.format("%.3f", latency:percentile(50) / 1000),
      "p90_ms=" .. string.format("%.3f", latency:percentile(90) / 1000),
      "p99_ms=" .. string.format("%.3f", latency:percentile(99) / 1000),
      "max_ms=" .. string.format("%.3f", latency.max / 1000),
      "non2xx=" .. non2xx,
      "statuses=" .. (counted and table.concat(list, ",") or "not-counted"),
      "created=" .. created,
      "viewed=" .. viewed,
      "err_connect=" .. e.connect,
      "err_read=" .. e.read,
      "err_write=" .. e.write,
      "err_timeout=" .. e.timeout,
   }
   local path = os.getenv("BENCH_RESULT")
   local out = path and io.open(path, "w") or io.stdout
   out:write(table.concat(lines, "\n") .. "\n")
   if out ~= io.stdout then out:close() end
end
