// Every string of the native parts of the app (menu, dialogs), in the UI's
// language: zh-CN by default, en when the user switches. One table per
// language, checked by a test to have the same keys and placeholders, so a
// dialog never falls back to English in a Chinese window.
import type { Locale } from '../src-shared/model';

const zhCN = {
  menu: {
    file: '文件',
    open: '打开…',
    importFolder: '导入文件夹…',
    backup: '备份文库…',
    restore: '从备份恢复…',
    search: '在文库中搜索…',
    library: '文库',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    find: '查找…',
    zoomIn: '放大',
    zoomOut: '缩小',
    theme: '浅色/深色',
    fullscreen: '全屏',
    devTools: '开发者工具',
    window: '窗口',
    minimize: '最小化',
    zoom: '缩放',
    close: '关闭窗口',
    front: '全部置于顶层',
    help: '帮助',
    about: '关于 {app}',
    dataFolder: '打开数据文件夹',
    logFile: '显示日志文件',
    hide: '隐藏 {app}',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
  },
  dialog: {
    /** The title of error boxes. */
    errorTitle: 'ReportLens 出错',
    ok: '确定',
    reports: '报告（PDF、TXT、DOCX）',
    allFiles: '所有文件',
    chooseFolder: '选择要导入的文件夹',
    importFolder: '导入',
    zip: 'Zip 压缩包',
    backupTitle: '备份文库',
    backedUp: '已将 {documents} 份文档备份到 {path}',
    restoreTitle: '从备份恢复',
    restored: '恢复完成',
    restoredDetail:
      '新增文档 {documentsAdded} 份（已存在 {documentsThere} 份）\n新增笔记 {notesAdded} 条（已存在 {notesThere} 条）\n恢复指标修改 {indicatorEditsRestored} 份',
    linkFailed: '无法打开这个链接',
    newerMessage: '此文档库由更新版本的 ReportLens 写入。',
    newerDetail: '可以只读方式打开：不会修改或保存任何内容。',
    openReadOnly: '只读打开',
    quit: '退出',
    externalMessage: '在浏览器中打开此链接？',
    externalOpen: '打开',
    externalCancel: '取消',
  },
};

export type NativeText = typeof zhCN;

const en: NativeText = {
  menu: {
    file: 'File',
    open: 'Open…',
    importFolder: 'Import Folder…',
    backup: 'Back Up Library…',
    restore: 'Restore from Backup…',
    search: 'Search Library…',
    library: 'Library',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    find: 'Find…',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    theme: 'Light/Dark',
    fullscreen: 'Full Screen',
    devTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close Window',
    front: 'Bring All to Front',
    help: 'Help',
    about: 'About {app}',
    dataFolder: 'Open Data Folder',
    logFile: 'Show Log File',
    hide: 'Hide {app}',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
  dialog: {
    errorTitle: 'ReportLens error',
    ok: 'OK',
    reports: 'Reports (PDF, TXT, DOCX)',
    allFiles: 'All files',
    chooseFolder: 'Choose a folder to import',
    importFolder: 'Import',
    zip: 'Zip archive',
    backupTitle: 'Back Up Library',
    backedUp: 'Backed up {documents} documents to {path}',
    restoreTitle: 'Restore from Backup',
    restored: 'Restore finished',
    restoredDetail:
      'Documents added: {documentsAdded} (already there: {documentsThere})\nNotes added: {notesAdded} (already there: {notesThere})\nIndicator edits restored: {indicatorEditsRestored}',
    linkFailed: 'This link cannot be opened',
    newerMessage: 'This library was written by a newer version of ReportLens.',
    newerDetail: 'It can be opened read-only: nothing will be changed or saved.',
    openReadOnly: 'Open read-only',
    quit: 'Quit',
    externalMessage: 'Open this link in your browser?',
    externalOpen: 'Open',
    externalCancel: 'Cancel',
  },
};

export const NATIVE_TEXT: Record<Locale, NativeText> = { 'zh-CN': zhCN, en };

/** The native strings of a language (zh-CN for one this build does not know). */
export function nativeText(locale: Locale | undefined): NativeText {
  return (locale && NATIVE_TEXT[locale]) || NATIVE_TEXT['zh-CN'];
}

/** `{name}` placeholders filled from `params`. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
