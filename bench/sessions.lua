-- wrk script for bench/run: one signed-in session per connection. Run wrk with as many threads as
-- connections (-t16 -c16); each thread takes the next line of the file named by SESSIONS: the Cookie header of
-- one signed-in page session (the container's JSESSIONID and Dimple's dimple-session, ADR 13).
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
  sessions[#sessions + 1] = line
end
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("session", sessions[(threads - 1) % #sessions + 1])
end

function init(args)
  wrk.headers["Cookie"] = session
end
