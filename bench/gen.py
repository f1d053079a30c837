#!/usr/bin/python3
"""bench/gen.py — a large corpus of seed-like news articles for `make bench`.

    bench/gen.py SEEDS_DIR DICT_DIR OUT_DIR MEGABYTES [RANDOM_SEED]

Writes OUT_DIR/NNNNNN_<hash>.txt until the files hold MEGABYTES * 10^6
bytes.  Every article is built from the paragraphs of the seed articles,
rewritten so that no two articles repeat the same bytes:

  - the states (Russia, China, the United States, Ukraine), their
    demonyms and capitals become other states of sql/dict/countries.tsv;
  - the people become others: people of sql/dict/people.tsv (of the right
    country where there are any) or invented names (a given name of
    sql/dict/given_names.tsv and a surname), consistently within the
    article (full name, surname alone, glued forms like `Xi Jinpingreceived`);
  - dates, weekdays, months, years, news agencies and reporting verbs vary;
  - paragraphs are reordered and borrowed from the other seeds (a few
    articles are long: up to ~40 KB);
  - quotation marks take one of the styles the extension reads (“…”, "…",
    «…», „…“, mixed “…");
  - the layout varies: ` date YYYY-MM-DD` headers, breadcrumbs and
    headlines, bylines, photo credits, comment forms and link lists, one or
    two blank lines or none between paragraphs, hard-wrapped text, CRLF.

Only the standard library; deterministic for a given RANDOM_SEED.
"""
import hashlib
import os
import random
import re
import sys

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
SPEECH = ["said", "stated", "noted", "stressed", "remarked", "added", "emphasized", "declared"]
SURNAMES = """Abbott Adeyemi Aguilar Ahmadi Alvarez Andersen Antonelli Arslan Bakker Banerjee
Barros Becker Belov Bianchi Bogdan Brennan Carvalho Castillo Chen Chowdhury Costa Dahl Delgado
Dimitrov Doyle Duarte Eriksen Farouk Fischer Fitzgerald Fontaine Gallagher Garcia Gomes Grabowski
Haddad Hansen Hartmann Hoffmann Horvath Ibrahim Ivanova Jansen Jovanovic Kaplan Karimi Kaur Keller
Khan Kim Kowalski Kozlov Kuznetsov Lambert Larsen Lindqvist Lopes Lund Mahmoud Marchetti Medina
Mendoza Meyer Molina Moreau Morozov Nakamura Navarro Nielsen Novak Nowak Okafor Olsen Orlov Ortega
Osei Park Pavlov Pereira Petrov Popescu Quinn Rahman Ramos Reyes Ribeiro Rossi Saito Salazar Santos
Schmidt Schneider Sokolov Suzuki Takahashi Tanaka Torres Vargas Varga Vasquez Volkov Wagner Weber
Yamamoto Yilmaz Zhang Zhou Zielinski""".split()
MEDIA = ["Reuters", "Associated Press", "AFP", "TASS", "Xinhua", "Sputnik", "ANI", "Bloomberg",
         "Kyodo", "Yonhap", "the BBC", "Al Jazeera", "Daily Telegraph", "The Guardian", "RIA Novosti",
         "Anadolu", "EFE", "DPA", "The New York Times", "Le Monde"]
SECTIONS = ["World", "Politics", "Asia", "Europe", "News", "International", "Diplomacy", "Analysis"]
BYLINES = ["alex", "maria", "staff", "Newsroom", "editor", "J. Smith", "Reuters staff", "admin"]
FOOTERS = ["You may also like", "Leave a Comment", "Recent Articles", "Related News", "Leave A Reply",
           "Please enter your comment!", "Please enter your name here", "(Image: AP)",
           "Story continues below advertisement", "READ MORE: Putin and Xi meet again",
           "Share this article", "Photo: Reuters"]
TITLES = ["{A} and {B} get closer", "{Bdem} leader meets {Alast} in {Bcap}",
          "{C} warns {B} over ties with {A}", "What the {Adem}-{Bdem} summit means for {D}",
          "{Alast} and {Blast} pledge deeper cooperation", "{B} says ties with {A} have no limits",
          "{C} watches as {A} and {B} sign joint statement",
          "The {Cdem} envoy spoke about the talks between {Alast} and {Blast}"]


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


class Dicts:
    def __init__(self, dict_dir):
        self.countries = []
        for c in read_tsv(os.path.join(dict_dir, "countries.tsv")):
            if len(c) < 5 or not c[3] or not c[4]:
                continue
            dem = c[3].split("|")
            caps = [p for p in c[4].split("|") if " " not in p or p.startswith("Washington")]
            self.countries.append({
                "code": c[0], "name": c[1], "dem": dem[0],
                "dems": dem[1] if len(dem) > 1 else dem[0] + "s",
                "cap": (caps or c[4].split("|"))[0]})
        self.by_code = {c["code"]: c for c in self.countries}
        self.people = {}
        for p in read_tsv(os.path.join(dict_dir, "people.tsv")):
            if len(p) >= 4 and p[3] == "m" and len(p[0].split()) == 2:
                self.people.setdefault(p[1], []).append(p[0])
        self.given = [g[0] for g in read_tsv(os.path.join(dict_dir, "given_names.tsv"))
                      if len(g) >= 2 and g[1] == "m" and g[0].isalpha() and len(g[0]) > 2]
        # common countries more often, as the news has them
        big = ["USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IND", "JPN", "IRN", "ISR", "UKR", "TUR",
               "BRA", "KOR", "PRK", "PAK", "SAU", "CAN", "AUS", "ITA", "TWN", "EGY", "ZAF", "MEX"]
        self.weighted = [self.by_code[c] for c in big if c in self.by_code] * 6 + self.countries


def split_seed(text):
    """Header line (without date), body blocks, of one seed article."""
    text = text.replace("\r\n", "\n")
    m = re.match(r"\s*date \d{4}-\d{2}-\d{2} ", text)
    if m:
        text = text[m.end():]
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    drop = re.compile(r"^(Home »|by \w+$|Photo:|\(Image:|You may also like|Leave a|Recent Articles|"
                      r"Related News|Please enter)")
    paras = [p for p in paras if not drop.match(p)]
    blocks = []
    for p in paras:
        short = len(p) < 90 and not p.endswith((".", "”", '"', ":"))
        if short and blocks and not re.search(r"[“”\"«]", blocks[-1][-1]) \
                and not blocks[-1][-1].endswith((".", ":", "”", '"')) and len(blocks[-1]) == 1:
            blocks[-1].append(p)          # a pull quote and its attribution
        else:
            blocks.append([p])
    # a short heading goes with the paragraph after it
    out = []
    pending = []
    for b in blocks:
        if len(b) == 1 and len(b[0]) < 70 and not b[0].endswith((".", "”", '"')):
            pending += b
            continue
        out.append(pending + b)
        pending = []
    if pending:
        out.append(pending)
    return out


class Article:
    def __init__(self, d, rng, blocks_by_seed):
        self.d, self.rng = d, rng
        r = rng
        a, b, c, u = r.sample(d.weighted, 4)
        while len({a["code"], b["code"], c["code"], u["code"]}) < 4:
            a, b, c, u = r.sample(d.weighted, 4)
        if r.random() < 0.25:
            a = d.by_code.get("RUS", a)
        if r.random() < 0.25 and a["code"] != "CHN":
            b = d.by_code.get("CHN", b)
        if r.random() < 0.5 and "USA" not in (a["code"], b["code"]):
            c = d.by_code.get("USA", c)
        if len({a["code"], b["code"], c["code"], u["code"]}) < 4:
            u = next(x for x in d.countries if x["code"] not in (a["code"], b["code"], c["code"]))
        self.cty = {"A": a, "B": b, "C": c, "D": u}
        used = set()

        def person(country):
            known = d.people.get(country["code"], [])
            if known and r.random() < 0.55:
                name = r.choice(known)
            elif r.random() < 0.3 and d.people:
                name = r.choice(r.choice(list(d.people.values())))
            else:
                name = r.choice(d.given) + " " + r.choice(SURNAMES)
            if name in used:
                name = r.choice(d.given) + " " + r.choice(SURNAMES)
            used.add(name)
            return name.split(" ", 1)

        self.p = {"Putin": person(a), "Xi": person(b), "Blinken": person(c), "Peskov": person(a),
                  "Antonov": person(a), "Kritenbrink": person(c), "Kalachev": person(a),
                  "Wang": person(b), "Lavrov": person(a), "Trump": person(c)}
        self.media = r.sample(MEDIA, 3)
        self.year = r.randint(2012, 2025)
        self.verbs = SPEECH[:]
        r.shuffle(self.verbs)
        self.table = self.build_table()
        self.rx = re.compile(r"(?<![\w’'])(" + "|".join(
            re.escape(k) for k in sorted(self.table, key=len, reverse=True)) + r")(?![\w])")

    def build_table(self):
        A, B, C, D = (self.cty[k] for k in "ABCD")
        p = self.p

        def the(c, cap=False):
            n = c["name"]
            if n.startswith(("United", "Central", "Czech", "Dominican")) or n.endswith("s"):
                return ("The " if cap else "the ") + n
            return n
        t = {
            "the US": the(C), "the United States": the(C), "The United States": the(C, True),
            "the US-led": "the %s-led" % C["dem"], "the People’s Republic of China": the(B),
            "Russian Federation": A["name"], "Russia": A["name"], "Russians": A["dems"],
            "Russian": A["dem"], "Moscow": A["cap"],
            "the Kremlin": "the Kremlin" if A["code"] == "RUS" else "the %s government" % A["dem"],
            "The Kremlin": "The Kremlin" if A["code"] == "RUS" else "The %s government" % A["dem"],
            "People’s Republic of China": B["name"], "China": B["name"], "Chinese": B["dem"],
            "Beijing": B["cap"],
            "United States": C["name"], "US": C["dem"] if C["code"] != "USA" else "US",
            "Washington": C["cap"], "American": C["dem"],
            "Ukraine": D["name"], "Ukrainian": D["dem"], "kyiv": D["cap"].lower(), "Kyiv": D["cap"],
            "Vladimir Putin": " ".join(p["Putin"]), "Putin": p["Putin"][1],
            "Xi Jinping": " ".join(p["Xi"]), "Xi Jimping": p["Xi"][0] + " " + p["Xi"][1][:-2] + "m" + p["Xi"][1][-1:],
            "Xi Jinpingreceived": " ".join(p["Xi"]) + "received", "Jinping": p["Xi"][1], "Xi": p["Xi"][1],
            "Anthony Blinken": " ".join(p["Blinken"]), "Blinken": p["Blinken"][1],
            "Dmitri Peskov": " ".join(p["Peskov"]), "Peskov": p["Peskov"][1],
            "Anatoly Antonov": " ".join(p["Antonov"]), "Antonov": p["Antonov"][1],
            "Daniel Kritenbrink": " ".join(p["Kritenbrink"]), "Kritenbrink": p["Kritenbrink"][1],
            "Konstantin Kalachev": " ".join(p["Kalachev"]),
            "Konstantin Kalachevpolitologist": " ".join(p["Kalachev"]) + "politologist",
            "Wang Yi": " ".join(p["Wang"]), "Wang": p["Wang"][1],
            "Sergei Lavrov": " ".join(p["Lavrov"]), "Lavrov": p["Lavrov"][1],
            "Donald Trump": " ".join(p["Trump"]),
            "Sputnik": self.media[0], "ANI": self.media[1], "TASS": self.media[2],
            "Associated Press": self.media[1],
        }
        for w in WEEKDAYS:
            t[w] = None
        for m in MONTHS:
            t[m] = None
        for v in ("said", "stated", "noted", "stressed"):
            t[v] = None
        for y in ("2021", "2022", "2023"):
            t[y] = None
        return t

    def sub(self, text):
        r = self.rng

        def repl(m):
            k = m.group(1)
            v = self.table[k]
            if v is not None:
                return v
            if k in WEEKDAYS:
                return r.choice(WEEKDAYS)
            if k in MONTHS:
                return r.choice(MONTHS)
            if k.isdigit():
                return str(self.year - r.randint(0, 2))
            return self.verbs[0] if r.random() < 0.6 else r.choice(self.verbs)
        text = self.rx.sub(repl, text)
        return re.sub(r"\b(February|March) (\d+)\b",
                      lambda m: "%s %d" % (r.choice(MONTHS), r.randint(1, 28)), text)


def quote_style(text, rng):
    x = rng.random()
    if x < 0.5:
        return text
    if x < 0.75:
        return text.replace("“", '"').replace("”", '"')
    if x < 0.85:
        return text.replace("“", "«").replace("”", "»")
    if x < 0.9:
        return text.replace("“", "„").replace("”", "“")
    return re.sub(r"”", '"', text, count=rng.randint(1, 3))


def wrap(p, width):
    lead = " " if p.startswith(" ") else ""
    p = p.lstrip(" ")
    out, line = [], lead
    for w in p.split(" "):
        if line.strip() and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = line + " " + w if line.strip() else line + w
    out.append(line)
    return "\n".join(out)


def make_article(d, rng, seeds, i):
    si = rng.randrange(len(seeds))
    art = Article(d, rng, seeds)
    blocks = [b[:] for b in seeds[si]]
    lead, rest = blocks[0], blocks[1:]
    x = rng.random()
    if x < 0.5:
        rng.shuffle(rest)
    elif x < 0.8:
        for _ in range(len(rest) // 2):
            j = rng.randrange(max(1, len(rest) - 1))
            if j + 1 < len(rest):
                rest[j], rest[j + 1] = rest[j + 1], rest[j]
    x = rng.random()
    borrow = 0 if x < 0.45 else rng.randint(1, 4) if x < 0.97 else rng.randint(15, 60)
    others = [b for k, s in enumerate(seeds) if k != si for b in s]
    for _ in range(borrow):
        rest.insert(rng.randint(0, len(rest)), rng.choice(others)[:])
    if rng.random() < 0.3 and len(rest) > 3:
        del rest[rng.randrange(len(rest))]
    paras = [art.sub(p) for b in [lead] + rest for p in b]
    paras = [quote_style(p, rng) if rng.random() < 0.97 else p for p in paras]
    A, B, C, D = (art.cty[k] for k in "ABCD")
    title = rng.choice(TITLES).format(
        A=A["name"], B=B["name"], C=C["name"], D=D["name"], Adem=A["dem"], Bdem=B["dem"],
        Cdem=C["dem"], Bcap=B["cap"], Alast=art.p["Putin"][1], Blast=art.p["Xi"][1])
    date = "%04d-%02d-%02d" % (art.year, rng.randint(1, 12), rng.randint(1, 28))
    head = []
    layout = rng.random()
    if layout < 0.45:
        paras[0] = " date %s %s" % (date, paras[0])
    elif layout < 0.7:
        head = ["Home » %s » %s" % (rng.choice(SECTIONS), title), title, "by " + rng.choice(BYLINES)]
        if rng.random() < 0.5:
            head.append("Photo: %s / %s" % (" ".join(art.p["Kalachev"]), rng.choice(MEDIA)))
    elif layout < 0.9:
        head = [title]
    if rng.random() < 0.08:
        width = rng.randint(66, 80)
        paras = [wrap(p, width) for p in paras]
    foot = rng.sample(FOOTERS, rng.randint(0, 4)) if rng.random() < 0.5 else []
    sep = rng.choice(["\n\n"] * 6 + ["\n"] * 2 + ["\n\n\n"])
    text = sep.join(head + paras + foot) + rng.choice(["\n", "\n\n", ""])
    if rng.random() < 0.03:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if rng.random() < 0.01:
        data = b"\xef\xbb\xbf" + data
    name = "%06d_%s.txt" % (i, hashlib.sha1(data).hexdigest()[:16])
    return name, data


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    seeds_dir, dict_dir, out_dir, mb = sys.argv[1:5]
    rseed = int(sys.argv[5]) if len(sys.argv) > 5 else 7
    target = int(float(mb) * 1e6)
    d = Dicts(dict_dir)
    seeds = []
    for f in sorted(os.listdir(seeds_dir)):
        if f.endswith(".txt"):
            with open(os.path.join(seeds_dir, f), encoding="utf-8") as fh:
                seeds.append(split_seed(fh.read()))
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(rseed)
    total = i = 0
    while total < target:
        name, data = make_article(d, rng, seeds, i)
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(data)
        total += len(data)
        i += 1
    print("%d articles, %d bytes in %s" % (i, total, out_dir))


if __name__ == "__main__":
    main()
