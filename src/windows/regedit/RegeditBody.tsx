import { useMemo, useState, type KeyboardEvent } from 'react';
import type { KeyNode } from '../../sim/selectors/registry-editor.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { sendLab } from '../../store/lab-session.ts';
import { Icon } from '../../ui/Icon.tsx';
import { ListView } from '../../ui/ListView.tsx';
import { MenuBar } from '../../ui/MenuBar.tsx';
import { MessageBox } from '../../ui/MessageBox.tsx';
import type { TreeNode } from '../../ui/tree-model.ts';
import { TreeView } from '../../ui/TreeView.tsx';
import { EditBinary, EditDword, EditString } from './EditDialogs.tsx';
import { regeditMenus } from './regedit-menus.ts';
import { useRegeditCommands } from './use-regedit-commands.ts';
import { useRegeditTree } from './use-regedit-tree.ts';
import './regedit.css';

const ABOUT = 'Registry Editor\nWindows NT Version 4.0 (Build 1381: Service Pack 6)\nCopyright © 1981-1996 Microsoft Corp.';
const COLUMNS = [{ label: 'Name', width: 160 }, { label: 'Data' }];
const EDITORS = { string: EditString, dword: EditDword, binary: EditBinary };

const toTreeNode = (k: KeyNode, depth = 0): TreeNode => ({
  id: k.path,
  label: k.name,
  icon: <Icon name={depth === 0 ? 'computer' : 'folder'} />,
  children: k.children.length ? k.children.map((c) => toTreeNode(c, depth + 1)) : undefined,
});

/** Regedit.exe on `node`: the My Computer tree on the left, Name / Data on the right, the key's name in the status bar. */
export function RegeditBody({ node }: { node: NodeName }) {
  const t = useRegeditTree(node);
  const cmd = useRegeditCommands(node, t);
  const [pane, setPane] = useState<'tree' | 'values'>('tree');
  const [statusBar, setStatusBar] = useState(true);
  const [about, setAbout] = useState(false);
  const nodes = useMemo(() => [toTreeNode(t.tree)], [t.tree]);
  const menus = regeditMenus({
    t, cmd, pane, statusBar,
    toggleStatusBar: () => setStatusBar((s) => !s),
    onExit: () => sendLab({ type: 'app.close', node, app: 'regedit' }),
    onAbout: () => setAbout(true),
  });
  const onDelete = (target: 'tree' | 'values') => (e: KeyboardEvent) => {
    if (e.key !== 'Delete') return;
    e.preventDefault();
    cmd.deleteSelected(target);
  };
  const Editor = cmd.editor ? EDITORS[cmd.editor.kind] : null;
  return (
    <div className="regedit">
      <MenuBar menus={menus} label="Registry Editor menu bar" />
      <div className="regedit-split">
        <div className="regedit-keys" onFocus={() => setPane('tree')} onKeyDown={onDelete('tree')}>
          <TreeView label="Registry keys" nodes={nodes} selectedId={t.selectedPath} expandedIds={t.openIds} onSelect={t.selectKey} onToggle={t.setOpen} />
        </div>
        <div className="regedit-values" onFocus={() => setPane('values')} onKeyDown={onDelete('values')}>
          <ListView
            label="Values"
            columns={COLUMNS}
            rows={t.rows.map((r) => ({ id: r.name, cells: [r.label, r.data], icon: <Icon name={r.kind === 'string' ? 'reg-string' : 'reg-binary'} /> }))}
            selectedId={t.selectedValue}
            onSelect={t.selectValue}
            onActivate={(name) => cmd.modify(name)}
          />
        </div>
      </div>
      {statusBar && (
        <div className="status-bar">
          <p className="status-bar-field">{t.selectedPath}</p>
        </div>
      )}
      {cmd.editor && Editor && <Editor key={`${cmd.editor.name}:${cmd.editor.kind}`} editor={cmd.editor} cmd={cmd} />}
      {cmd.message && (
        <MessageBox
          title={cmd.message.title}
          icon={cmd.message.icon}
          buttons={cmd.message.buttons}
          message={cmd.message.text}
          onResult={(result) => {
            const then = cmd.message?.then;
            cmd.closeMessage();
            if (result === 'yes') then?.();
          }}
        />
      )}
      {about && <MessageBox title="About Registry Editor" icon="information" message={<span className="regedit-pre">{ABOUT}</span>} onResult={() => setAbout(false)} />}
    </div>
  );
}
