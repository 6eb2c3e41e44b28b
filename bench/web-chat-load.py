"""Bounded web-chat load for bench/container-memory.sh: THREADS workers play reflection flows
(start, then answer each question with its first option or a short text) until TURNS turns in all.
Usage: python3 bench/web-chat-load.py BASE_URL TURNS THREADS   (needs the demo web chat on)."""
import json, sys, threading, time, urllib.request
base, turns, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read() or b"null")
leaders = [l["id"] for t in call("GET", "/api/web/tenants") for l in t["leaders"]]
print("leaders", len(leaders))
done = [0]; errors = [0]; lock = threading.Lock()
def work(k):
    mine = leaders[k::threads] or leaders
    i = 0; reply = None
    while True:
        with lock:
            if done[0] >= turns: return
            done[0] += 1
        leader = mine[i % len(mine)]
        try:
            q = [r for r in (reply or {}).get("replies", []) if r.get("type") == "question"]
            if not q:
                reply = call("POST", "/api/web/chat", {"leaderId": leader, "text": "refleksjon"})
                continue
            q = q[-1]
            if q.get("options"):
                o = q["options"][0]
                reply = call("POST", "/api/web/chat", {"leaderId": leader, "action": {"askedId": o["askedId"], "value": o["value"]}})
            else:
                reply = call("POST", "/api/web/chat", {"leaderId": leader, "text": "Et kort svar om saken.", "action": {"askedId": q["askedId"], "value": "text"}})
            if not [r for r in reply.get("replies", []) if r.get("type") == "question"]:
                i += 1
        except Exception as e:
            with lock: errors[0] += 1
            reply = None; i += 1
ts = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
t0 = time.time(); [t.start() for t in ts]; [t.join() for t in ts]
print("turns", done[0], "errors", errors[0], "seconds %.1f" % (time.time() - t0))
