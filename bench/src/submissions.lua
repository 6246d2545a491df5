-- wrk script for bench/quiz-submissions.sh: the same flow as SubmissionBench (start, submit the
-- answers shown, the next learner every ATTEMPTS_PER_LEARNER attempts), from a client light enough that the server,
-- not the client, uses the machine. It reuses the sessions SubmissionBench registered and logged
-- in, so no password is hashed while it runs:
--
--   wrk -tN -cN -d20s -s bench/src/submissions.lua URL -- SESSIONS_FILE N ATTEMPTS_PER_LEARNER
--
-- SESSIONS_FILE holds one session a line ("JSESSIONID=... header token"). Run with one connection
-- per thread (-t N -c N): thread k takes lines k, k + N, k + 2N... as its learners, so no two
-- threads share a learner, and steps through the flow one request at a time.
local quiz = "shared-responsibility-check"
local answers = {
  ["rds-patching"] = '{"choices":["aws"]}',
  ["always-yours"] = '{"choices":["data","access"]}',
  ["s3-model"] = '{"choices":["false"]}',
  ["lost-key"] = '{"text":"SSE-C"}',
  ["models-count"] = '{"text":"4"}',
  ["match-models"] = '{"pairs":{"ec2":"infrastructure","emr":"container","dynamodb":"abstract"}}',
  ["more-to-less"] = '{"order":["ec2","redshift","s3"]}',
}
local threads = {}
local learners, rotate, current, step, attempt, body = {}, 0, 1, "start"
submitted, failed, since_new_learner = 0, 0, 0

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file, count = args[1], tonumber(args[2])
  rotate = tonumber(args[3])
  local line_number = 0
  for line in io.lines(file) do
    if line_number % count == index then
      local cookie, header, token = line:match("^(%S+) (%S+) (%S+)$")
      table.insert(learners, { cookie = cookie, header = header, token = token })
    end
    line_number = line_number + 1
  end
  if #learners == 0 then
    error("no session for thread " .. index .. " in " .. file)
  end
end

function request()
  local learner = learners[current]
  local headers = { ["Cookie"] = learner.cookie, [learner.header] = learner.token, ["Content-Type"] = "application/json" }
  if step == "start" then
    return wrk.format("POST", "/api/quizzes/" .. quiz .. "/attempts", headers, "")
  end
  return wrk.format("POST", "/api/quizzes/" .. quiz .. "/attempts/" .. attempt .. "/submission", headers, body)
end

function response(status, headers, text)
  if step == "start" then
    if status ~= 201 and status ~= 200 then failed = failed + 1; return end
    attempt = text:match('^{"id":"([^"]+)"')
    local parts = {}
    for id in text:gmatch('"id":"([^"]+)","number":%d+,"type"') do
      table.insert(parts, '"' .. id .. '":' .. (answers[id:gsub("%-copy%d+$", "")] or "null"))
    end
    body = '{"answers":{' .. table.concat(parts, ",") .. '}}'
    step = "submit"
  else
    if status == 200 then submitted = submitted + 1 else failed = failed + 1 end
    since_new_learner = since_new_learner + 1
    if rotate > 0 and since_new_learner % rotate == 0 then current = current % #learners + 1 end
    step = "start"
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("submitted")
    bad = bad + thread:get("failed")
  end
  io.write(string.format("WRK submitted=%d failed=%d seconds=%.2f\n", ok, bad, summary.duration / 1e6))
end
