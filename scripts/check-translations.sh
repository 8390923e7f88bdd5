#!/usr/bin/env bash
# Fails if a user-visible string in the sources is missing from the Vietnamese translation:
# runs lupdate (the update_translations target) and looks for unfinished entries, then puts
# the .ts files back as they were (lupdate also rewrites line locations).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/ci}
saved=$(mktemp -d)
trap 'cp "$saved"/*.ts translations/; rm -rf "$saved"' EXIT
cp translations/*.ts "$saved"/
cmake --build "$build_dir" --target update_translations >/dev/null
missing=$(python3 - <<'PY'
import xml.etree.ElementTree as ET
root = ET.parse('translations/lgsp-console_vi.ts').getroot()
for context in root.iter('context'):
    for message in context.iter('message'):
        translation = message.find('translation')
        if translation is not None and translation.get('type') == 'unfinished':
            print('  %s: %s' % (context.findtext('name'), message.findtext('source')))
PY
)
if [ -n "$missing" ]; then
    echo "check-translations: strings in the sources with no Vietnamese translation" \
         "(run the update_translations target and translate them):"
    echo "$missing"
    exit 1
fi
echo "check-translations: every string in the sources has its Vietnamese translation"
