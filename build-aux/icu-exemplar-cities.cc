// icu-exemplar-cities.cc — print ICU's exemplar city of every canonical
// time zone in English, French, Chinese and Arabic, one tab-separated line
// per zone (zone id first). Used by build-aux/gen-city-pack.py only.
//
// Copyright 2026 The Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <unicode/tznames.h>
#include <unicode/timezone.h>
#include <unicode/strenum.h>
#include <unicode/locid.h>
#include <iostream>
#include <memory>
using namespace icu;
int main () {
  UErrorCode status = U_ZERO_ERROR;
  const char *locales[] = { "en", "fr", "zh_Hans", "ar" };
  std::unique_ptr<TimeZoneNames> names[4];
  for (int i = 0; i < 4; i++) names[i].reset (TimeZoneNames::createInstance (Locale (locales[i]), status));
  std::unique_ptr<StringEnumeration> ids (TimeZone::createTimeZoneIDEnumeration (UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL, status));
  const UnicodeString *id;
  while ((id = ids->snext (status)) != NULL) {
    std::string s; id->toUTF8String (s); std::cout << s;
    for (int i = 0; i < 4; i++) { UnicodeString r; names[i]->getExemplarLocationName (*id, r); std::string o; r.toUTF8String (o); std::cout << "\t" << o; }
    std::cout << "\n";
  }
  return U_FAILURE (status);
}
