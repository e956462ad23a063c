#!/bin/bash
# Top 3 categories and top 2 experts per role x stage, typical answer sets.
cd "$(dirname "$0")/.."
cargo build -q --bin keuzehulp
BIN=target/debug/keuzehulp
declare -A typical=(
 [werknemer]="sector=zorg-welzijn&omvang=groot&niveau=individu&factoren=werkdruk,emotionele-belasting"
 [leidinggevende]="sector=onderwijs&omvang=middelgroot&niveau=team&factoren=werkdruk"
 [werkgever]="sector=detailhandel&omvang=klein&niveau=organisatie&factoren=werkdruk"
 [hr]="sector=overheid&omvang=groot&niveau=organisatie&factoren=werkdruk,thuiswerken"
 [medezeggenschap]="sector=industrie&omvang=groot&niveau=organisatie&factoren=werkdruk"
 [arboprofessional]="sector=zorg-welzijn&omvang=groot&niveau=team&factoren=werkdruk,agressie"
 [zzp]="sector=ict&niveau=individu&factoren=werkdruk,prestatiedruk"
 [student]="sector=onderwijs&niveau=individu&factoren=prestatiedruk"
)
echo "| rol | fase | top 3 categories | top 2 experts |"
echo "|---|---|---|---|"
for r in werknemer leidinggevende werkgever hr medezeggenschap arboprofessional zzp student; do
 for f in voorkomen signalen verzuim acuut; do
  $BIN advise "rol=$r&fase=$f&${typical[$r]}" --format json | python3 -c "
import json,sys; d=json.load(sys.stdin)
print('| $r | $f | ' + ', '.join(c['id'] for c in d['categories'][:3]) + ' | ' + ', '.join(e['id'] for e in d['experts'][:2]) + ' |')"
 done
done
