import type { CourseItem } from './course-items.ts';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ManifestOptions {
  title: string;
  items: readonly CourseItem[];
  /** Every file of the package, relative to its root (the SCO resource lists them). */
  files: readonly string[];
  identifier?: string;
}

/**
 * Pure: the `imsmanifest.xml` of a SCORM 1.2 package (IMS CP 1.1.2 + ADL CP 1.2). All items launch
 * the same SCO (index.html) with their own `parameters`; graded items carry `adlcp:masteryscore`.
 */
export function scorm12Manifest({ title, items, files, identifier = 'cluster-restore-lab' }: ManifestOptions): string {
  const itemXml = items.map((item) => [
    `      <item identifier="item-${xml(item.id)}" identifierref="sco-lab" isvisible="true"${item.parameters ? ` parameters="${xml(item.parameters)}"` : ''}>`,
    `        <title>${xml(item.title)}</title>`,
    ...(item.masteryScore === null ? [] : [`        <adlcp:masteryscore>${item.masteryScore}</adlcp:masteryscore>`]),
    '      </item>',
  ].join('\n'));
  const fileXml = [...files].sort().map((f) => `      <file href="${xml(f)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-lab">
    <organization identifier="org-lab">
      <title>${xml(title)}</title>
${itemXml.join('\n')}
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-lab" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileXml.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
