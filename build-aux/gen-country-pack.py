#!/usr/bin/env python3
# gen-country-pack.py — write data/entities/countries.json from Debian's
# iso-codes package (ISO 3166-1 names and their gettext translations).
#
# Copyright 2026 The Dossier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The output is committed, so building Dossier never needs iso-codes.
# Usage: build-aux/gen-country-pack.py [ISO_CODES_JSON [LOCALEDIR]] > data/entities/countries.json
import gettext
import json
import re
import sys
import unicodedata

ISO_JSON = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALEDIR = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/locale"
LANGS = {"fr": "fr", "zh": "zh_CN", "ar": "ar"}

# Short forms that news writing uses and ISO 3166 does not list. Only forms
# that are unambiguous in news about trade and technology.
EXTRA = {
    "US": {"en": ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
           "fr": ["Etats-Unis", "Amérique"], "zh": ["美利坚合众国"], "ar": ["أمريكا"]},
    "GB": {"en": ["UK", "U.K.", "Britain", "Great Britain"], "fr": ["Grande-Bretagne"], "zh": ["大不列颠"]},
    "CN": {"en": ["PRC", "mainland China"], "fr": ["République populaire de Chine"], "zh": ["中华人民共和国"]},
    "TW": {"zh": ["台湾", "臺灣"], "fr": ["Taïwan", "Taiwan"]},
    "KR": {"fr": ["Corée du Sud"], "zh": ["韩国", "南韩"]},
    "KP": {"fr": ["Corée du Nord"], "zh": ["朝鲜", "北韩"]},
    "RU": {"en": ["Russia"], "fr": ["Russie"], "zh": ["俄罗斯", "俄国"]},
    "IR": {"fr": ["Iran"], "zh": ["伊朗"]},
    "AE": {"en": ["UAE", "U.A.E.", "Emirates"], "fr": ["EAU", "Émirats"], "zh": ["阿拉伯联合酋长国"]},
    "SA": {"fr": ["Arabie Saoudite"], "zh": ["沙特"]},
    "NL": {"en": ["Holland"], "zh": ["荷兰"]},
    "VN": {"fr": ["Viêt Nam", "Vietnam"], "zh": ["越南"]},
    "SY": {"fr": ["Syrie"], "zh": ["叙利亚"]},
    "LA": {"fr": ["Laos"], "zh": ["老挝"]},
    "BO": {"fr": ["Bolivie"], "zh": ["玻利维亚"]},
    "VE": {"fr": ["Venezuela"], "zh": ["委内瑞拉"]},
    "TZ": {"fr": ["Tanzanie"], "zh": ["坦桑尼亚"]},
    "MD": {"fr": ["Moldavie"], "zh": ["摩尔多瓦"]},
    "CD": {"en": ["DR Congo", "DRC"], "fr": ["RDC"]},
    "CZ": {"en": ["Czech Republic"], "fr": ["République tchèque"], "zh": ["捷克"]},
    "DE": {"zh": ["德国"]},
    # Names too ambiguous alone (see SKIP) keep their qualified forms.
    "GE": {"en": ["Republic of Georgia"], "fr": ["République de Géorgie"]},
    "JE": {"en": ["Bailiwick of Jersey"], "fr": ["Bailliage de Jersey"]},
    "GG": {"en": ["Bailiwick of Guernsey"], "fr": ["Bailliage de Guernesey"]},
    "SX": {"fr": ["Sint Maarten"]},
    "JP": {"zh": ["日本"]},
    "IN": {"zh": ["印度"]},
}

# Names that are also everyday words in one language: matching them would
# mostly produce false positives ("Chad" the first name is fine, "Jersey"
# the fabric is not).
SKIP = {"en": {"Jersey", "Guernsey", "Chad", "Georgia", "Jordan", "Niger", "Turkey", "Guinea"},
        "fr": {"Jersey", "Niger", "Tchad", "Maurice", "Guinée", "Géorgie", "Jordanie", "Dominique"},
        "zh": set(), "ar": set()}


def slug(name):
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def usable(form):
    # "Korea, Republic of" and translated inversions are catalogue orderings,
    # never how a text names a country.
    return form and "," not in form and "،" not in form and "(" not in form


def main():
    with open(ISO_JSON, encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    translations = {}
    for lang, locale in LANGS.items():
        translations[lang] = gettext.translation("iso_3166-1", LOCALEDIR, [locale], fallback=True)

    entities = []
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        code = c["alpha_2"]
        en_forms = [c.get("common_name"), c["name"], c.get("official_name")]
        canonical = next(f for f in en_forms if usable(f)) if any(usable(f) for f in en_forms) else c["name"]
        aliases = {}
        for lang in ["en"] + list(LANGS):
            out = []
            for form in en_forms:
                if not form:
                    continue
                text = form if lang == "en" else translations[lang].gettext(form)
                if lang not in ("en", "fr") and text == form:
                    continue  # untranslated
                if usable(text) and text not in out and text not in SKIP[lang]:
                    out.append(text)
            for extra in EXTRA.get(code, {}).get(lang, []):
                if extra not in out:
                    out.append(extra)
            if not out and lang in ("en", "fr", "zh"):
                # Every pack entity has a name in en, fr and zh: the short
                # form of the catalogue name ("Holy See (Vatican City
                # State)" → "Holy See") or, untranslated, the English one.
                short = re.split(r"[,(]", canonical if lang != "fr" else
                                 translations["fr"].gettext(c["name"]))[0].strip()
                if lang == "zh":
                    short = re.split(r"[,(]", canonical)[0].strip()
                if short and short not in SKIP[lang]:
                    out.append(short)
            if out:
                aliases[lang] = out
        entity = {"id": slug(canonical), "kind": "place", "name": canonical,
                  "roles": ["country"], "aliases": aliases}
        entities.append(entity)

    pack = {"pack": "countries", "version": 1, "entities": entities}
    json.dump(pack, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
