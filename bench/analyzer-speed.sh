#!/bin/sh
# Analyzer speed: MB/s of mixed Chinese, French and English news-like text
# through `dossier-cli analyze --jsonl` (entities with the built-in packs,
# figures and dates) on one core.
#
# usage: bench/analyzer-speed.sh [BUILD_DIR] [MEGABYTES]
#   BUILD_DIR defaults to build-release; MEGABYTES of text (default 16).
# The text is generated here from templates with random figures, dates and
# names (fixed seed), in 64 KB documents, one JSON line each.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-build-release}
mb=${2:-16}
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

# start-up (entity packs) measured alone, then subtracted
t0=$(date +%s.%N)
echo '{"id":"0","text":""}' | $pin "$cli" analyze --jsonl > /dev/null
t1=$(date +%s.%N)
$pin "$cli" analyze --jsonl < "$out/input.jsonl" > "$out/output.jsonl"
t2=$(date +%s.%N)

python3 - "$bytes" "$t0" "$t1" "$t2" "$out/output.jsonl" <<'PY'
import json, sys
b, t0, t1, t2 = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
spans = sum(len(json.loads(l).get("spans", [])) for l in open(sys.argv[5]))
startup = t1 - t0
work = (t2 - t1) - startup
print("text: %.1f MB, spans: %d" % (b / 1e6, spans))
print("start-up with entity packs: %.0f ms" % (startup * 1000))
print("analysis: %.2f s  ->  %.1f MB/s on one core (JSON in and out included)" % (work, b / 1e6 / work))
PY
