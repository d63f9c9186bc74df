#!/bin/sh
# Analyzer speed: MB/s of mixed Chinese, French and English news-like text
# through `dossier-cli analyze --jsonl` (entities with the built-in packs,
# figures and dates) on one core.
#
# usage: bench/analyzer-speed.sh [BUILD_DIR] [MEGABYTES] [ROUNDS]
#   BUILD_DIR defaults to build-release; MEGABYTES of text (default 16);
#   ROUNDS of each measure, taken in turns (default 5). The speed of a
#   shared machine drifts from minute to minute: the best and the median
#   of the rounds are reported.
# The text is generated here from templates with random figures, dates and
# names (fixed seed), in 64 KB documents, one JSON line each.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-build-release}
mb=${2:-16}
rounds=${3:-5}
case $build in /*) ;; *) build=$root/$build ;; esac
cli=$build/src/cli/dossier-cli
out=$build/bench-speed
[ -x "$cli" ] || { echo "analyzer-speed.sh: $cli not found; build first" >&2; exit 2; }
mkdir -p "$out"

python3 - "$mb" > "$out/input.jsonl" <<'PY'
import json, random, sys
random.seed(7)
target = int(sys.argv[1]) * 1024 * 1024
zh = ["据{n}位知情人士透露，{p}政府正在考虑向{o}出售{q}万颗人工智能芯片。",
      "{y}年{m}月{d}日，{o}宣布投资{a}亿美元建设数据中心，装机容量{g}吉瓦。",
      "上周日，{p}与{o}董事长会面，双方同意在本周签署协议，涉及数十万颗芯片。",
      "该公司去年营收增长百分之{pc}，达到{a}亿元人民币，员工超过{q}万人。",
      "分析人士认为，这一政策调整可能在明年影响全球{pc}%的先进芯片供应。"]
fr = ["Le {d} janvier {y}, {o} a annoncé un investissement de {a} milliards de dollars.",
      "Selon trois sources, l'administration {p} envisage de vendre {q} 000 puces à {o}.",
      "La semaine dernière, le PDG de {o} a rencontré des responsables à Washington.",
      "Les exportations ont augmenté de {pc} % l'année dernière, soit 1,5 million d'unités.",
      "Des centaines de milliers de puces pourraient être livrées d'ici {y}."]
en = ["On May {d}, {y}, {o} said it would invest ${a} billion in a {g} GW data center.",
      "The Commerce Department last Tuesday approved the sale of {q},000 chips to {o}.",
      "Revenue rose {pc} percent to $18.{d} billion in the quarter ended March {d}.",
      "Hundreds of thousands of Nvidia chips could flow to the Gulf, officials said on Friday.",
      "{p} met the chief executive of {o} in Riyadh two weeks ago."]
orgs = ["G42", "Nvidia", "OpenAI", "Microsoft", "Humain", "AMD", "Cerebras Systems", "Oracle"]
people = ["Trump", "Biden", "David Sacks", "Sam Altman", "Elon Musk", "Jensen Huang"]
def fill(t):
    return t.format(n=random.randint(2, 9), p=random.choice(people), o=random.choice(orgs),
                    q=random.randint(2, 90), y=random.randint(2018, 2026), m=random.randint(1, 12),
                    d=random.randint(1, 28), a=random.randint(2, 500), g=random.randint(1, 9),
                    pc=random.randint(1, 99))
total = 0
doc = 0
while total < target:
    parts = []
    size = 0
    while size < 65536:
        lang = random.choice((zh, fr, en))
        para = " ".join(fill(random.choice(lang)) for _ in range(random.randint(2, 5)))
        parts.append(para)
        size += len(para.encode())
    text = "\n\n".join(parts)
    total += len(text.encode())
    print(json.dumps({"id": str(doc), "text": text, "ref_date": "2025-05-13"}, ensure_ascii=False))
    doc += 1
print(total, file=sys.stderr)
PY
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$out/input.jsonl")

pin=""
command -v taskset >/dev/null 2>&1 && pin="taskset -c 0"

# CPU time (user + system) of the analyzer process, not wall time: the
# machine is shared, and wall time measures the neighbours. Start-up
# (loading the entity packs) is measured alone and subtracted.
python3 - "$bytes" "$cli" "$out/input.jsonl" "$out/output.jsonl" "$rounds" $pin <<'PY'
import json, resource, subprocess, sys
b, cli, inp, outp, rounds = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
pin = sys.argv[6:]
def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
def run(extra):
    t0 = cpu()
    subprocess.run(pin + [cli, "analyze", "--jsonl"] + extra, input=b'{"id":"0","text":""}\n',
                   stdout=subprocess.DEVNULL, check=True)
    t1 = cpu()
    with open(inp, "rb") as fi, open(outp, "wb") as fo:
        subprocess.run(pin + [cli, "analyze", "--jsonl"] + extra, stdin=fi, stdout=fo, check=True)
    t2 = cpu()
    spans = sum(len(json.loads(l).get("spans", [])) for l in open(outp, encoding="utf-8"))
    return t1 - t0, (t2 - t1) - (t1 - t0), spans
measures = (("whole analyzer (entities, figures, dates)", []),
            ("figures and dates only (--no-entities)", ["--no-entities"]))
speeds = {label: [] for label, _ in measures}
startups = {label: [] for label, _ in measures}
found = {}
for _ in range(rounds):
    for label, extra in measures:
        startup, work, spans = run(extra)
        speeds[label].append(b / 1e6 / work)
        startups[label].append(startup * 1000)
        found[label] = spans
print("text: %.1f MB, %d rounds" % (b / 1e6, rounds))
for label, _ in measures:
    v = sorted(speeds[label])
    print("%s: best %.1f MB/s, median %.1f MB/s on one core (%s), %d spans, start-up %.0f ms CPU" %
          (label, v[-1], v[len(v) // 2], " ".join("%.1f" % x for x in speeds[label]), found[label],
           min(startups[label])))
PY
