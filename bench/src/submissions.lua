-- wrk script for bench/quiz-submissions.sh: the same flow as SubmissionBench (CSRF token, start,
-- submit the answers shown, a new learner every 3 attempts), from a client light enough that the
-- server, not the client, uses the machine. Run with one connection per thread (-t N -c N): each
-- thread is one learner with its own session, stepping through the flow one request at a time.
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
local step, cookie, header, token, attempt, body = "csrf"
submitted, failed, since_new_learner = 0, 0, 0

function setup(thread)
  table.insert(threads, thread)
end

function request()
  if step == "csrf" then
    return wrk.format("GET", "/api/csrf")
  end
  local headers = { ["Cookie"] = cookie, [header] = token, ["Content-Type"] = "application/json" }
  if step == "start" then
    return wrk.format("POST", "/api/quizzes/" .. quiz .. "/attempts", headers, "")
  end
  return wrk.format("POST", "/api/quizzes/" .. quiz .. "/attempts/" .. attempt .. "/submission", headers, body)
end

function response(status, headers, text)
  if step == "csrf" then
    cookie = (headers["Set-Cookie"] or ""):match("(JSESSIONID=[^;]+)")
    header = text:match('"headerName":"([^"]+)"')
    token = text:match('"token":"([^"]+)"')
    step = "start"
  elseif step == "start" then
    if status ~= 201 and status ~= 200 then failed = failed + 1; step = "csrf"; return end
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
    step = since_new_learner % 3 == 0 and "csrf" or "start"
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
