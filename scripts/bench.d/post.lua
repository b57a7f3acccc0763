-- wrk script for scripts/bench: replies of about 2 KB of Markdown, each with a fresh submission key and text (so
-- neither the double-submit guard nor the repeat check folds them), spread over BENCH_THREADS. With BENCH_READ set,
-- only BENCH_POST_SHARE of requests post and the rest read that page: the mixed workload.
-- BENCH_COOKIES and BENCH_TOKENS hold one writer each, separated by "|": wrk's thread n posts as writer n (as many
-- threads as connections gives each connection its own writer, each with their own name and budget).
local function split(s)
    local list = {}
    for item in string.gmatch(s, "[^|]+") do list[#list + 1] = item end
    return list
end
local cookies = split(os.getenv("BENCH_COOKIES"))
local tokens = split(os.getenv("BENCH_TOKENS"))
local cookie, token
local read = os.getenv("BENCH_READ")
local share = tonumber(os.getenv("BENCH_POST_SHARE") or "1")
local threads = {}
for id in string.gmatch(os.getenv("BENCH_THREADS"), "%d+") do threads[#threads + 1] = id end

local paragraph = "Some days the **quiet** is the hardest part. I wake early, make tea, and sit with it instead of reaching for my phone. "
    .. "It helped to write down three small things I managed each day, even when they were only *showering* or answering one message. "
    .. "A friend from the group said that slow is still moving, and I keep coming back to that.\n\n"
local body = string.rep(paragraph, 5) .. "- walk before breakfast\n- one call a day\n- lights out by eleven\n\n"
local function encode(s)
    return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local encoded = encode(body)

local made = 0
function setup(thread)
    thread:set("seed", math.random(1, 1000000000))
    thread:set("writer", made % #cookies + 1)
    made = made + 1
end

function init(args)
    math.randomseed(seed + os.time())
    cookie, token = cookies[writer], tokens[writer]
end

local function uuid()
    return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
        local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
        return string.format("%x", v)
    end))
end

request = function()
    if read and math.random() >= share then
        return wrk.format("GET", read)
    end
    local thread = threads[math.random(1, #threads)]
    local form = "__form=" .. token .. "&Submission=" .. uuid() .. "&Body=" .. encoded .. encode("Day " .. uuid())
    return wrk.format("POST", "/t/" .. thread .. "/replies",
        { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }, form)
end
