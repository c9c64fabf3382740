#!/usr/bin/env python3
"""Re-scores one judged sample of this folder against the program's output now.

usage (from the project root, Node 24 on PATH):
  python3 tests/audits/random-samples/rescore.py <sample folder> subjects|pairs|values [--lenient]
subjects: runs the figure finder again on each sampled line (subject-now.ts);
pairs/values: dumps the open corpus again (dump-corpus-facts.ts) and looks each row up.
Prints the changed rows and: judged right kept / lost, judged wrong mended / still wrong. A row
judged wrong counts as mended when the program now gives the judge's answer (subjects, pairs) or
no longer files the value (values).
"""
import csv, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
A = os.path.join(HERE, sys.argv[1])
kind = sys.argv[2]
rows = list(csv.DictReader(open(f'{A}/judged-{kind}.tsv', encoding='utf-8'), delimiter='\t'))
rows = [r for r in rows if r.get('verdict', '').strip() in ('right', 'wrong')]
env = dict(os.environ, PATH=os.path.join(HERE, '..', '..', '..', 'node_modules', '.bin') + ':' + os.environ['PATH'])
norm = lambda s: (s or '').replace('％', '%').replace(' ', '').strip()
# Indicators split since a sample was judged (content/tagging/indicators.json): all industry's value
# added (工业增加值) was filed under `industrial-value-added` (规模以上工业增加值) until 2026-12-02.
# A row judged right, and any pairing's target, is looked up under the finer slug too (counted).
SPLIT = {'industrial-value-added': 'industry-value-added'}
finer_found = 0
named_now = 0

def report(changes):
    kept = sum(1 for r, ok in changes if r['verdict'] == 'right' and ok)
    lost = [(r, ok) for r, ok in changes if r['verdict'] == 'right' and not ok]
    mended = sum(1 for r, ok in changes if r['verdict'] == 'wrong' and ok)
    still = sum(1 for r, ok in changes if r['verdict'] == 'wrong' and not ok)
    n = len(changes)
    if finer_found: print(f'  ({finer_found} rows found under the finer slug of a split indicator)')
    if named_now: print(f'  ({named_now} targets judged under their words found under an indicator now)')
    print(f'{kind}: {n} judged; right now {kept + mended}/{n} = {(kept + mended) / n:.3f} '
          f'(right kept {kept}, right lost {len(lost)}, wrong mended {mended}, still wrong {still})')

# `--lenient` (subjects): a subject agrees as the bench's agreement rule has it (scripts/bench/facts.ts,
# subjectAgrees): one contains the other, the shorter at least half as long, 的/在 and brackets aside.
lenient = '--lenient' in sys.argv
def bare(x):
    return re.sub('[的在]', '', re.sub(r'（[^（）]*）', '', norm(x).replace('…', '')))
def agrees(ours, want):
    a, b = bare(ours), bare(want)
    if len(a) < 2: return len(a) == 1 and a == b
    if len(b) >= 2 and a.startswith(b) and re.search('(比重|比例|位次|排名)$', a): return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return short in long_ and len(short) * 2 >= len(long_)
same = lambda ours, want: norm(ours) == norm(want) or (lenient and bool(want) and agrees(ours, want))

if kind == 'subjects':
    inp = [{'file': r['file'], 'line': int(r['line']), 'start': int(r['start']), 'span': r['span']} for r in rows]
    out = subprocess.run(['node', os.path.join(HERE, 'subject-now.ts')], input=json.dumps(inp), capture_output=True,
                         text=True, env=env, check=True).stdout
    now = json.loads(out)
    changes = []
    for r, s in zip(rows, now):
        if r['verdict'] == 'right':
            ok = s is not None and same(s, r['subject'])
            if not ok: print('  changed (was right):', r['n'], r['span'], r['subject'], '→', s)
        else:
            # (A span judged no figure at all is mended when the finder no longer finds it.)
            gone = s is None and not norm(r['correct']) and 'not a figure' in r['cause']
            ok = gone or (s is not None and same(s, r['correct']))
            if s is not None and norm(s) != norm(r['subject']):
                print('  changed (was wrong):', r['n'], r['span'], r['subject'], '→', s,
                      '| judge:', r['correct'], '| ok' if ok else '')
        changes.append((r, ok))
    report(changes)
else:
    d = tempfile.mkdtemp()
    subprocess.run(['node', os.path.join(HERE, 'dump-corpus-facts.ts'), d], env=env, check=True, capture_output=True)
    now = list(csv.DictReader(open(f'{d}/{kind}.tsv', encoding='utf-8'), delimiter='\t'))
    changes = []
    if kind == 'values':
        key = lambda r: (r['indicator'], r['region'], r['year'], r['kind'], norm(r['span']), r['file'])
        have = {key(r): r for r in now}
        def lookup(r):
            global finer_found
            cur = have.get(key(r))
            if cur is None and r['verdict'] == 'right' and r['indicator'] in SPLIT:
                cur = have.get(key({**r, 'indicator': SPLIT[r['indicator']]}))
                finer_found += cur is not None
            return cur
        for r in rows:
            cur = lookup(r)
            present = cur is not None and float(cur['value']) == float(r['value'])
            ok = present if r['verdict'] == 'right' else not present
            # (A bound the judge found shown bare as the level is mended when shown with its word.)
            if r['verdict'] == 'wrong' and present and 'shown bare' in r.get('cause', ''):
                ok = cur.get('shown', '') != r.get('shown', '') and re.match('[\u4e00-\u9fff]', cur.get('shown', ''))
                if ok: print('  mended (shown as a bound):', r['n'], r['indicator'], r['year'], cur['shown'])
            if not ok and r['verdict'] == 'right': print('  lost:', r['n'], r['indicator'], r['year'], r['span'])
            if ok and r['verdict'] == 'wrong' and not present: print('  mended (gone):', r['n'], r['indicator'], r['year'], r['span'])
            changes.append((r, ok))
    else:
        # (A target read with its change word now, `削减5%` for `5%`, is the same target.)
        key = lambda r: (r['report'], r['indicator'], re.sub('^[\u4e00-\u9fff]+(?=[0-9０-９])', '', norm(r['target'])))
        # The target exactly as judged first: `年均增长13%左右` and `增长13%左右` share the looser key.
        exact = lambda r: (r['report'], r['indicator'], norm(r['target']))
        have, have_exact = {}, {}
        for r in now:
            have.setdefault(key(r), r)
            have_exact.setdefault(exact(r), r)
        def sentence_of(outcome):
            # A verdict with no figure is dumped as its JSON record: its sentence is the result.
            try: return json.loads(outcome)['sentence'] if outcome.startswith('{') else None
            except ValueError: return None
        # A target judged under its words (no indicator then, `工农业总产值`) that an indicator
        # names now: the one target of the same report and span (counted).
        by_span = {}
        for r in now: by_span.setdefault((r['report'], norm(r['target'])), []).append(r)
        slugs = {r['indicator'] for r in now if re.fullmatch('[a-z0-9-]+', r['indicator'])}
        def lookup(r):
            global finer_found, named_now
            cur = have_exact.get(exact(r)) or have.get(key(r))
            if cur is None and r['indicator'] in SPLIT:
                f = {**r, 'indicator': SPLIT[r['indicator']]}
                cur = have_exact.get(exact(f)) or have.get(key(f))
                finer_found += cur is not None
            if cur is None and not re.fullmatch('[a-z0-9-]+', r['indicator']):
                same_span = by_span.get((r['report'], norm(r['target'])), [])
                if len(same_span) == 1 and same_span[0]['indicator'] in slugs:
                    cur = same_span[0]
                    named_now += 1
            return cur
        for r in rows:
            cur = lookup(r)
            got = f"{cur['status']} {norm(cur['outcome'])}".strip() if cur else 'gone'
            was = f"{r['status']} {norm(r['outcome'])}".strip()
            if r['verdict'] == 'right': ok = got == was
            else:
                # The judge's answer: a status, then the result's figure unless a note follows.
                words = (r.get('correct') or '').replace('（', '(').split()
                want = ' '.join(w for w in words[:2] if not w.startswith('('))
                ok = got != was and bool(want) and norm(want).replace(' ', '') == norm(got).replace(' ', '')
                # A verdict now given: the judge's status, and no figure or the verdict's own words.
                # A figure the judge quoted in its phrase (`59项民生实事完成57项`): the phrase's end.
                if not ok and cur and got != was and want.split(' ')[0] == cur['status']:
                    said = want.split(' ', 1)[1:] and norm(want.split(' ', 1)[1])
                    verdict = sentence_of(cur['outcome'])
                    if verdict is not None: ok = not said or said in norm(verdict)
                    else: ok = bool(said) and bool(norm(cur['outcome'])) and said.endswith(norm(cur['outcome']))
                    if ok: print('  mended (verdict or quoted figure):', r['n'], r['report'], r['indicator'], got[:60])
            if got != was: print('  changed:', r['n'], r['report'], r['indicator'], r['target'], was, '→', got,
                                  '| judge:', r['verdict'], r.get('correct', ''))
            changes.append((r, ok))
    report(changes)
