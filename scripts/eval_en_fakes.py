#!/usr/bin/env python3
"""Share of FA-KES articles with an event feature in the labelled governorate,
and how many events land outside Syria and its neighbours.

Usage: scripts/eval_en_fakes.py LAYER.geojson [LABELS.csv]
  LAYER: `eventmap extract ../shared/corpus/en-fakes/ -o LAYER.geojson`
  LABELS: default ../shared/corpus/en-fakes/labels.csv
Damascus city and Rif Dimashq (its countryside) both count for "damascus":
the labels do not tell them apart.
"""
import collections, csv, json, os, sys

LABEL_TO_ADMIN1 = {
    'aleppo': {'Aleppo'}, 'damascus': {'Damascus', 'Rif Dimashq'}, 'idlib': {'Idlib'},
    'raqqa': {'Al-Raqqah'}, 'deir ezzor': {'Deir ez-Zor'}, 'homs': {'Homs'},
    'hasakeh': {'Al-Hasakah'}, 'hama': {'Hama'}, 'daraa': {'Daraa'}, 'quneitra': {'Quneitra'},
    'lattakia': {'Latakia'}, 'tartous': {'Tartus'},
}
layer = json.load(open(sys.argv[1]))
here = os.path.dirname(os.path.abspath(__file__))
labels = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, '..', '..', 'shared', 'corpus', 'en-fakes', 'labels.csv')
by_article = collections.defaultdict(list)
for f in layer['features']:
    p = f['properties']
    if p['event_type'] != 'mention':
        by_article[p['article']].append(p)
n = hit = with_event = 0
per_label = collections.Counter()
per_label_hit = collections.Counter()
seen = set()
for row in csv.DictReader(open(labels)):
    want = LABEL_TO_ADMIN1.get(row['location'])
    # Skip the repeated header row, rows whose article is missing, and
    # repeated rows.
    path = os.path.join(os.path.dirname(labels), row['file'])
    if not want or not os.path.exists(path) or row['file'] in seen:
        continue
    seen.add(row['file'])
    n += 1
    per_label[row['location']] += 1
    feats = by_article.get(row['file'][:-4], [])
    if feats:
        with_event += 1
    if any(p['admin1'] in want for p in feats):
        hit += 1
        per_label_hit[row['location']] += 1
print(f'{n} labelled articles; {with_event} ({with_event / n:.1%}) with an event feature; '
      f'{hit} ({hit / n:.1%}) with an event feature in the labelled governorate')
for k, v in per_label.most_common():
    print(f'  {k:12} {per_label_hit[k]:4}/{v:<4} {per_label_hit[k] / v:.0%}')
# A precision proxy: the articles report the Syrian war, so an event placed
# outside Syria and its neighbours is most likely a homonym abroad.
REGION = {'SY', 'IQ', 'TR', 'LB', 'JO', 'IL', 'PS'}
events = [p for ps in by_article.values() for p in ps]
abroad = [p for p in events if p['country'] and p['country'] not in REGION]
print(f'{len(events)} events; {len(abroad)} placed outside Syria and its neighbours '
      f'({", ".join(sorted({p["place"] for p in abroad})[:12])}{", …" if len({p["place"] for p in abroad}) > 12 else ""})')
