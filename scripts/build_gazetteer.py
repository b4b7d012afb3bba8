#!/usr/bin/env python3
"""Build the built-in gazetteer.csv from ../shared/geodata and data/.

Sources (nothing is fetched):
  - GeoNames cities500 (CC BY 4.0), converted by `eventmap gazetteer import`:
    every place of Syria, Iraq, Lebanon and Jordan; towns of Turkey, Israel,
    Palestine and Ukraine (wars Dutch news reports on) with >= 15,000 people; Dutch and Belgian towns >= 5,000 (arrests, trials and
    protests in Dutch reporting); the world's cities
    >= 300,000 (so European and world places resolve as themselves).
  - countries-states-cities (ODbL): all countries with their Dutch, German,
    French, Spanish, Italian, Portuguese and Turkish names; the first-level
    divisions of Syria, Iraq, Turkey and Ukraine, Russia's oblasts on
    Ukraine's border, four of Lebanon's governorates and those of Yemen,
    Libya, Afghanistan, Sudan, South Sudan and Somalia (data/admin1.csv,
    where a seat filled in by hand names the division GeoNames' code
    stands for, and places it, when the table's centroid is astray:
    Sudan's states, Helmand, Bari).
  - data/overrides.csv: news spellings, canonical names, kinds and
    populations for GeoNames rows (matched by country and GeoNames name);
    a variant written "-Name" is dropped from the row; an admin1 replaces
    the division the import named ("-" leaves it empty: better none than a
    wrong one where data/admin1.csv lacks the division).
  - data/include.csv: GeoNames places below those thresholds that war news
    names often (Israel's border towns), each with its reason.
  - data/curated.csv: regions, camps, airbases and villages missing from
    cities500, each with its source noted.

Usage: scripts/build_gazetteer.py [SHARED_DIR]   (default ../shared)
Writes gazetteer.csv and then runs `eventmap gazetteer check` on it.
"""
import csv, io, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
CITIES = os.path.join(SHARED, 'geodata', 'geonames', 'cities500.txt')
COLUMNS = ['id', 'name', 'latitude', 'longitude', 'country', 'admin1', 'kind',
           'population', 'variants', 'source']

subprocess.run(['cargo', 'build', '--release', '--quiet'], cwd=ROOT, check=True)
BIN = os.path.join(ROOT, 'target', 'release', 'eventmap')


def imported(*args):
    out = subprocess.run([BIN, 'gazetteer', 'import', CITIES, '--geonames-only', *args],
                         check=True, capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


rows = {}
for part in (imported('--countries', 'SY'),
             imported('--countries', 'IQ,LB,JO'),
             imported('--countries', 'TR,IL,PS,UA', '--min-population', '15000'),
             imported('--countries', 'NL,BE', '--min-population', '5000'),
             imported('--countries', 'YE,LY,AF,SD,SS,SO,AZ,AM,IR', '--min-population', '15000'),
             imported('--min-population', '300000')):
    for r in part:
        rows.setdefault(r['id'], r)

# Places below those thresholds that war news names often, by GeoNames id
# (data/include.csv, each with its reason).
include = {f"geonames:{r['geonames_id']}": r['name']
           for r in csv.DictReader(open(os.path.join(ROOT, 'data', 'include.csv'), encoding='utf-8'))}
if include:
    found = {r['id']: r for r in imported() if r['id'] in include}
    missing = sorted(set(include) - set(found))
    if missing:
        sys.exit(f"data/include.csv: not in cities500: {', '.join(missing)}")
    for i, r in found.items():
        rows.setdefault(i, r)

# Overrides: news spellings and canonical names for GeoNames rows.
for o in csv.DictReader(open(os.path.join(ROOT, 'data', 'overrides.csv'), encoding='utf-8')):
    hits = [r for r in rows.values()
            if r['country'] == o['country'] and r['name'] == o['geonames_name']]
    if len(hits) != 1:
        sys.exit(f"data/overrides.csv: {o['geonames_name']} ({o['country']}) matches {len(hits)} rows")
    r = hits[0]
    variants = [v for v in r['variants'].split('|') if v]
    if o['name'] and o['name'] != r['name']:
        variants.insert(0, r['name'])
        r['name'] = o['name']
    for v in o['variants'].split('|'):
        # A variant written "-Gaza" is dropped: a name news uses for
        # another place ("Gaza" alone is the Strip, "Gaza City" the city).
        if v.startswith('-'):
            variants = [x for x in variants if x != v[1:]]
        elif v and v not in variants and v != r['name']:
            variants.append(v)
    r['variants'] = '|'.join(v for v in variants if v != r['name'])
    if o['kind']:
        r['kind'] = o['kind']
    if o['population']:
        r['population'] = o['population']
    if o.get('admin1'):
        r['admin1'] = '' if o['admin1'] == '-' else o['admin1']
    r['source'] = 'GeoNames; eventmap overrides'

# Countries with their names in several languages.
countries = json.load(open(os.path.join(SHARED, 'geodata', 'countries.json'), encoding='utf-8'))
EXTRA = {
    'US': ['VS', 'Verenigde Staten', 'USA', 'U.S.', 'US', 'Amerika', 'United States of America'],
    'GB': ['Verenigd Koninkrijk', 'VK', 'UK', 'Groot-Brittannië', 'Britain', 'Great Britain', 'Engeland', 'England'],
    'NL': ['Nederland', 'Holland', 'the Netherlands'],
    'SY': ['Syrië', 'Syria', 'Syrian Arab Republic'],
    'RU': ['Rusland', 'Russia', 'Russische Federatie'],
    'TR': ['Turkije', 'Turkey', 'Türkiye'],
    'IR': ['Iran'],
    'KR': ['Zuid-Korea', 'South Korea'],
    'KP': ['Noord-Korea', 'North Korea'],
    # (The Gaza Strip and the West Bank are regions of their own in
    # data/curated.csv, each at its own point, not Palestine's.)
    'PS': ['Palestina', 'Palestinian territories'],
}
# Display names where the source's is no name news or ACLED use.
NAME = {'PS': 'Palestine'}
for cc, c in countries.items():
    names = [NAME.get(cc, c['name'])] + [v for k, v in c.get('translations', {}).items()
                           if k in ('nl', 'de', 'fr', 'es', 'it', 'pt', 'tr')] + EXTRA.get(cc, [])
    if c.get('native') and all(ord(ch) < 0x250 for ch in c['native']):
        names.append(c['native'])
    variants = []
    for n in names[1:]:
        n = n.strip()
        if n and n != names[0] and n not in variants:
            variants.append(n)
    rows['country:' + cc] = dict(
        id='country:' + cc, name=names[0], latitude='%.5f' % float(c['latitude']),
        longitude='%.5f' % float(c['longitude']), country=cc, admin1='', kind='country',
        population='0', variants='|'.join(variants),
        source='countries-states-cities (ODbL)')

# First-level divisions of Syria, Iraq, Turkey and Ukraine, and Russia's
# oblasts on Ukraine's border.
ADMIN1_VARIANTS = {
    ('SY', 'Al-Hasakah'): 'Hasakah|Al Hasakah|Hasaka|Hassakeh|Hasakeh',
    ('SY', 'Al-Raqqah'): 'Raqqa|Ar Raqqah|Rakka|Raqqah',
    ('SY', 'Aleppo'): 'Halab|Alep',
    ('SY', 'As-Suwayda'): "Suwayda|Sweida|Soueida|As Suwayda'",
    ('SY', 'Damascus'): 'Dimashq',
    ('SY', 'Daraa'): "Dar'a|Deraa",
    ('SY', 'Deir ez-Zor'): 'Dayr az Zawr|Deir al-Zor|Deir Ezzor|Deir el-Zor|Deir al-Zour|Deir Ezour|Deir Ezor',
    ('SY', 'Hama'): 'Hamah',
    ('SY', 'Homs'): 'Hims',
    ('SY', 'Idlib'): 'Idleb',
    ('SY', 'Latakia'): 'Lattakia|Al Ladhiqiyah|Latakia',
    ('SY', 'Quneitra'): 'Al Qunaytirah|Kuneitra',
    ('SY', 'Rif Dimashq'): 'Damascus Countryside|Rural Damascus|Reef Dimashq',
    ('SY', 'Tartus'): 'Tartous',
    ('IQ', 'Nineveh'): 'Ninawa|Nineveh',
    ('IQ', 'Al Anbar'): 'Anbar',
    ('IQ', 'Saladin'): 'Salah ad Din|Salahuddin',
    # Ukraine's oblasts are named in news by their capital ("the Donetsk
    # region", "de regio Charkiv", "Zaporizhzhia oblast"). Each row takes
    # the English name (ADMIN1_NAMES), whose part before "Oblast" counts as
    # its own name, and the capital's spellings in English and Dutch: with
    # a province noun after it, the name chooses the oblast; alone it
    # stays the city, the larger place.
    ('UA', 'Autonomous Republic of Crimea'): 'Krim|Krym|Crimée|Republic of Crimea',
    ('UA', 'Cherkaska oblast'): 'Tsjerkasy',
    ('UA', 'Chernihivska oblast'): 'Tsjernihiv|Chernigov',
    ('UA', 'Chernivetska oblast'): 'Tsjernivtsi',
    ('UA', 'Dnipropetrovska oblast'): 'Dnipro|Dnjipropetrovsk|Dnjepropetrovsk',
    ('UA', 'Donetska oblast'): '',
    ('UA', 'Ivano-Frankivska oblast'): '',
    ('UA', 'Kharkivska oblast'): 'Charkiv|Kharkov|Charkov',
    ('UA', 'Khersonska oblast'): 'Cherson',
    ('UA', 'Khmelnytska oblast'): 'Chmelnytsky',
    ('UA', 'Kirovohradska oblast'): 'Kropyvnytskyi',
    ('UA', 'Kyivska oblast'): 'Kiev|Kyjiv',
    ('UA', 'Luhanska oblast'): 'Loehansk|Lugansk',
    ('UA', 'Lvivska oblast'): 'Lvov',
    ('UA', 'Mykolaivska oblast'): 'Mykolayiv|Mykolajiv',
    ('UA', 'Odeska oblast'): 'Odessa',
    ('UA', 'Poltavska oblast'): '',
    ('UA', 'Rivnenska oblast'): '',
    ('UA', 'Sumska oblast'): 'Soemy',
    ('UA', 'Ternopilska oblast'): '',
    ('UA', 'Vinnytska oblast'): 'Vinnytsya',
    ('UA', 'Volynska oblast'): 'Volhynia',
    ('UA', 'Zakarpatska oblast'): 'Transcarpathia',
    ('UA', 'Zaporizka oblast'): 'Zaporizhzhya|Zaporizja|Zaporozhye',
    ('UA', 'Zhytomyrska oblast'): '',
    # Russia's oblasts on Ukraine's border, which the war reaches
    # ("drone attacks in the Belgorod region").
    ('RU', 'Belgorod Oblast'): '',
    ('RU', 'Bryansk Oblast'): 'Brjansk',
    ('RU', 'Kursk Oblast'): 'Koersk',
    ('RU', 'Rostov Oblast'): '',
    ('RU', 'Voronezh Oblast'): 'Voronezj',
    # Lebanon's governorates whose names are no town's and no compass word
    # (not North, South, Beirut or Nabatieh): Israeli strikes "in the
    # Bekaa Valley".
    ('LB', 'Beqaa'): 'Bekaa|Bekaa Valley|Beqaa Valley|Bekaa-vallei|Bekaavallei',
    ('LB', 'Baalbek-Hermel'): '',
    ('LB', 'Akkar'): '',
    ('LB', 'Mount Lebanon'): '',
}
# English names of divisions whose data/admin1.csv name is another
# language's (the admin1 column keeps that name, as its places' rows do).
ADMIN1_NAMES = {('UA', k): v for k, v in {
    'Autonomous Republic of Crimea': 'Crimea', 'Cherkaska oblast': 'Cherkasy Oblast',
    'Chernihivska oblast': 'Chernihiv Oblast', 'Chernivetska oblast': 'Chernivtsi Oblast',
    'Dnipropetrovska oblast': 'Dnipropetrovsk Oblast', 'Donetska oblast': 'Donetsk Oblast',
    'Ivano-Frankivska oblast': 'Ivano-Frankivsk Oblast', 'Kharkivska oblast': 'Kharkiv Oblast',
    'Khersonska oblast': 'Kherson Oblast', 'Khmelnytska oblast': 'Khmelnytskyi Oblast',
    'Kirovohradska oblast': 'Kirovohrad Oblast', 'Kyivska oblast': 'Kyiv Oblast',
    'Luhanska oblast': 'Luhansk Oblast', 'Lvivska oblast': 'Lviv Oblast',
    'Mykolaivska oblast': 'Mykolaiv Oblast', 'Odeska oblast': 'Odesa Oblast',
    'Poltavska oblast': 'Poltava Oblast', 'Rivnenska oblast': 'Rivne Oblast',
    'Sumska oblast': 'Sumy Oblast', 'Ternopilska oblast': 'Ternopil Oblast',
    'Vinnytska oblast': 'Vinnytsia Oblast', 'Volynska oblast': 'Volyn Oblast',
    'Zakarpatska oblast': 'Zakarpattia Oblast', 'Zaporizka oblast': 'Zaporizhzhia Oblast',
    'Zhytomyrska oblast': 'Zhytomyr Oblast'}.items()}
for r in csv.DictReader(open(os.path.join(ROOT, 'data', 'admin1.csv'), encoding='utf-8')):
    key = (r['country'], r['name'])
    if r['country'] not in ('SY', 'IQ', 'TR') and key not in ADMIN1_VARIANTS:
        continue
    ident = 'admin1:%s:%s' % (r['country'], r['name'].replace(' ', '_'))
    name = ADMIN1_NAMES.get(key, r['name'])
    variants = [v for v in ADMIN1_VARIANTS.get(key, '').split('|') if v]
    # "Kursk" of "Kursk Oblast": the name news writes, before a noun or alone.
    if name.endswith(' Oblast'):
        variants.insert(0, name[:-len(' Oblast')])
    if name != r['name']:
        variants.append(r['name'])
    rows[ident] = dict(
        id=ident, name=name, latitude='%.5f' % float(r['lat']),
        longitude='%.5f' % float(r['lon']), country=r['country'], admin1=r['name'],
        kind='admin1', population='0', variants='|'.join(variants),
        source='countries-states-cities (ODbL)')

import math


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (float(a['latitude']), float(a['longitude']),
                                            float(b['latitude']), float(b['longitude'])))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


# The first-level divisions of the other wars the built-in gazetteer
# covers ("clashes in North Darfur", "in Helmand province", "Marib
# governorate"): at the seat filled in by hand, where the table's centroid
# is astray (Sudan's Blue Nile lies in Seattle there, East Darfur at
# Darfur's middle), else at the table's point when it lies in the country,
# else left out.
OTHER_WARS = ('YE', 'LY', 'AF', 'SD', 'SS', 'SO')
# (Nor at a point the table gives two divisions: a region's middle, not
# theirs, as South and West Kordofan's.)
table = [r for r in csv.DictReader(open(os.path.join(ROOT, 'data', 'admin1.csv'), encoding='utf-8'))
         if r['country'] in OTHER_WARS]
shared_point = {(r['country'], r['lat'], r['lon']) for r in table
                if sum((o['country'], o['lat'], o['lon']) == (r['country'], r['lat'], r['lon'])
                       for o in table) > 1}
# (Nor a division named like a sea, a river or a common word, which news
# means far more often: "the Red Sea", "the Blue Nile", "Unity".)
NOT_DIVISIONS = {'Red Sea', 'River Nile', 'Blue Nile', 'White Nile', 'Northern', 'Lakes',
                 'Unity', 'Bay'}
for r in table:
    cc = r['country']
    if r['name'] in NOT_DIVISIONS:
        continue
    ident = 'admin1:%s:%s' % (cc, r['name'].replace(' ', '_'))
    point = dict(latitude=r['lat'], longitude=r['lon'])
    seats = [g for g in rows.values() if g['id'].startswith('geonames:')
             and g['country'] == cc and (g['name'] == r['seat']
                                         or r['seat'] in g['variants'].split('|'))] if r['seat'] else []
    if len(seats) == 1:
        point = dict(latitude=seats[0]['latitude'], longitude=seats[0]['longitude'])
    elif (r['seat'] or km(point, rows['country:' + cc]) > 1500
          or (cc, r['lat'], r['lon']) in shared_point):
        continue
    rows[ident] = dict(
        id=ident, name=r['name'], latitude='%.5f' % float(point['latitude']),
        longitude='%.5f' % float(point['longitude']), country=cc, admin1=r['name'],
        kind='admin1', population='0', variants='',
        source='countries-states-cities (ODbL)')

geonames_rows = [r for r in rows.values() if r['id'].startswith('geonames:')]
problems = []
for r in csv.DictReader(open(os.path.join(ROOT, 'data', 'curated.csv'), encoding='utf-8')):
    if r['id'] in rows:
        sys.exit('data/curated.csv: duplicate id ' + r['id'])
    # A curated row must add a place, not copy one GeoNames has: use
    # data/overrides.csv for that.
    for g in geonames_rows:
        if g['country'] == r['country'] and km(g, r) < 2 and r['kind'] not in ('camp', 'airbase', 'region', 'river'):
            problems.append('data/curated.csv: %s duplicates %s %s (%.1f km): use data/overrides.csv'
                            % (r['id'], g['id'], g['name'], km(g, r)))
    rows[r['id']] = r
if problems:
    sys.exit('\n'.join(problems))


def key(r):
    return (r['country'], r['kind'] != 'country', r['name'].lower(), r['id'])


out = os.path.join(ROOT, 'gazetteer.csv')
with open(out + '.tmp', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, COLUMNS, lineterminator='\n')
    w.writeheader()
    for r in sorted(rows.values(), key=key):
        w.writerow({c: r.get(c, '') for c in COLUMNS})
os.replace(out + '.tmp', out)
print('wrote %s: %d places' % (out, len(rows)))
subprocess.run([BIN, 'gazetteer', 'check', out], check=False)
