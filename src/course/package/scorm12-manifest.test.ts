// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { SCENARIOS, findScenario } from '../../sim/scenarios/catalog.ts';
import { PASS_MARK } from '../../sim/scoring/rubric.ts';
import { launchKind } from '../launch-kind.ts';
import { packagedScenarios } from '../packaged-scenarios.ts';
import { courseItems } from './course-items.ts';
import { packageIndexHtml } from './index-html.ts';
import { scorm12Manifest } from './scorm12-manifest.ts';

const imported = { ...findScenario('f13-wrong-node')!, id: 'class-3-drill', title: 'Drill & <test> </script>' };
const parse = (text: string, type: DOMParserSupportedType) => new DOMParser().parseFromString(text, type);
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

describe('SCORM 1.2 manifest', () => {
  const files = ['index.html', 'assets/index-abc.js', 'favicon.svg'];
  const doc = parse(scorm12Manifest({ title: 'Lab', items: courseItems([imported]), files }), 'application/xml');
  const items = [...doc.getElementsByTagName('item')];

  test('well-formed, ADL SCORM 1.2', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('schema')[0].textContent).toBe('ADL SCORM');
    expect(doc.getElementsByTagName('schemaversion')[0].textContent).toBe('1.2');
  });

  test('one assessment SCO per scenario, graded by the pass mark, then free practice', () => {
    expect(items).toHaveLength(SCENARIOS.length + 2);
    SCENARIOS.forEach((s, i) => {
      expect(items[i].getAttribute('parameters')).toBe(`?scenario=${s.id}&mode=assessment`);
      expect(items[i].getElementsByTagNameNS(ADLCP, 'masteryscore')[0].textContent).toBe(String(PASS_MARK));
    });
    expect(new URLSearchParams(items[SCENARIOS.length].getAttribute('parameters')!).get('scenario')).toBe(imported.id);
    expect(items[SCENARIOS.length].getElementsByTagName('title')[0].textContent).toBe('Assessment: Drill & <test> </script>');
    const practice = items.at(-1)!;
    expect(practice.getAttribute('parameters')).toBeNull();
    expect(practice.getElementsByTagNameNS(ADLCP, 'masteryscore')).toHaveLength(0);
  });

  test('identifiers are unique NCNames; every item launches the one SCO, which lists every file', () => {
    const ids = items.map((i) => i.getAttribute('identifier')!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
    expect(new Set(items.map((i) => i.getAttribute('identifierref')))).toEqual(new Set(['sco-lab']));
    const resource = doc.getElementsByTagName('resource')[0];
    expect(resource.getAttributeNS(ADLCP, 'scormtype')).toBe('sco');
    expect(resource.getAttribute('href')).toBe('index.html');
    expect([...resource.getElementsByTagName('file')].map((f) => f.getAttribute('href')).sort()).toEqual([...files].sort());
  });
});

describe('package index.html', () => {
  const built = '<!doctype html><html><head><title>Lab</title></head><body><div id="root"></div></body></html>';

  test('marks the launch and carries the instructor scenarios as inert JSON the lab reads back', () => {
    const doc = parse(packageIndexHtml(built, 'scorm12', [imported]), 'text/html');
    expect(launchKind(doc)).toBe('scorm12');
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(packagedScenarios(doc)).toEqual({ scenarios: [imported], problems: [] });
  });

  test('leaves out the link to the standalone lab\'s web app manifest, which the package does not carry', () => {
    const html = packageIndexHtml(built.replace('</head>', '  <link rel="manifest" href="./manifest.webmanifest"></head>'), 'cmi5', []);
    expect(html).not.toContain('manifest.webmanifest');
    expect(launchKind(parse(html, 'text/html'))).toBe('cmi5');
  });

  test('standalone: no mark, no scenarios', () => {
    const doc = parse(built, 'text/html');
    expect(launchKind(doc)).toBeNull();
    expect(packagedScenarios(doc)).toEqual({ scenarios: [], problems: [] });
  });

  test('a damaged scenario in a package is reported, not thrown', () => {
    const doc = parse(packageIndexHtml(built, 'scorm12', [{ ...imported, solution: [] }]), 'text/html');
    const result = packagedScenarios(doc);
    expect(result.scenarios).toEqual([]);
    expect(result.problems[0]).toMatch(/^Scenario 1 in this package could not be used: solution/);
  });
});
