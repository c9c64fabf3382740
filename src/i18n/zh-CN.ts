/** Every string the interface shows, in one place (the reports themselves are content). */
export const ui = {
  siteName: '政府工作报告档案',
  siteTagline: '政府工作报告全文，可检索、可引用、可跨年对照',
  navHome: '首页',
  navByYear: '按年份',
  navByRegion: '按地区',
  navThemes: '主题',
  siteNav: '网站导航',
  skipToContent: '跳到正文',
  archiveIntro: '收录各级政府工作报告的全文。每一部分、每一节、每一段都有固定链接，可以直接引用。',
  reportsCount: (n: number) => `共 ${n} 份报告`,
  homeSearch: '全文检索',
  homeTheme: (name: string) => `主题：${name}`,
  homeData: '数字数据（CSV）',
  byYear: '按年份',
  byRegion: '按地区',
  reportsIn: (n: number) => `${n} 份`,
  yearN: (year: number) => `${year} 年`,
  date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
  yearTitle: (year: number, title: string) => `${year} 年${title}`,
  reportDescription: (title: string, date: string | undefined, excerpt: boolean) =>
    `${title}${date ? `（${date}）` : ''}全文${excerpt ? '（节选）' : ''}。`,
  toc: '目录',
  tocOpen: '目录（点击展开）',
  tocMobile: '目录（手机）',
  deliveredOn: '报告日期',
  meeting: '会议',
  speaker: '报告人',
  region: '地区',
  year: '年份',
  unknown: '不详',
  fromMetadata: '据档案元数据',
  fromText: '据原文',
  excerpt: '节选',
  excerptNote: '本页只有报告的一部分：',
  excerptStart: '（节选：以上内容不在本来源中）',
  excerptEnd: '（节选：以下内容不在本来源中）',
  partBasis: '编号依据：',
  closing: '结束语',
  /** A later part of a long section in search results. */
  continued: (heading: string) => `${heading}（续）`,
  sources: '来源',
  primarySource: '正文所据',
  otherSource: '参校本',
  sourceCount: (sources: number, variants: number) =>
    `${sources} 个${variants > 0 ? `，异文 ${variants} 处` : ''}`,
  publisherUnknown: '发布者未注明',
  sourceCopy: (publisher: string) => `${publisher}本`,
  file: '文件',
  form: {
    'official-text': '全文',
    'news-site-copy': '新闻网站转载',
    'newspaper-page': '报纸版面',
    'app-article': '客户端／公众号文章',
    other: '其他',
  } as Record<string, string>,
  published: '发布时间',
  headline: '网页标题',
  editorSummary: '编者摘要',
  convertedFromTraditional: '原为繁体字，已转为简体',
  pinyinRemoved: (n: number) => `删除网页插入的拼音注音 ${n} 处`,
  removedLines: (n: number) => `非正文内容 ${n} 行（网页栏目、版面标记等），已移除并存档：`,
  damage: (n: number) => `该本有 ${n} 处乱码（字符损坏），不作异文：`,
  removedLine: (line: number, what: string, text: string) => `第${line}行（${what}）：${text}`,
  damageLine: (primary: string, other: string) => `：正文「${primary}」，该本「${other}」`,
  variants: '异文',
  variantsIntro: '以下几处，各来源的文字不同。正文据第一来源，标记处可对照。',
  variantRef: (n: string) => `异文${n.replace(/^v/u, '')}`,
  variantPrimary: '正文作',
  variantOther: (who: string) => `${who}作`,
  variantMissing: '该本缺此段',
  variantExtra: '该本多出此段',
  backToText: '回到正文',
  linkToSection: '本节链接',
  linkToParagraph: '本段链接',
  copyCitation: '复制引用',
  copied: '已复制',
  citationLine: (title: string, where: string) => `《${title}》${where ? `，${where}` : ''}`,
  paragraphN: (n: string) => `第${n}段`,
  itemN: (n: number) => `第${n}项`,
  previousReport: '上一份',
  nextReport: '下一份',
  sameRegion: '同一地区的其他报告',
  notFoundTitle: '找不到这个页面',
  notFoundBody: '链接可能有误。可以从首页按年份或地区查找报告。',
  footer: '报告正文来自公开发布的文本，来源列于各报告页末。',
  paragraphs: (n: number) => `${n} 段`,
  characters: (n: number) => `约 ${Math.round(n / 1000)} 千字`,
} as const;

/** Strings of the search page and dialog. */
export const searchUi = {
  title: '全文检索',
  intro: '在全部报告的全文中检索。词语按原文逐字匹配；空格分隔的几个词须同时出现；繁体字也可检索。',
  label: '检索词',
  placeholder: '例如：新能源装机、1.35亿千瓦、黄河 生态',
  submit: '检索',
  open: '检索',
  shortcut: 'Ctrl K',
  close: '关闭',
  filters: '筛选：年份、地区、主题',
  /** After the filters' summary: how many boxes are ticked (empty when none). */
  filtersChosen: (n: number) => (n ? `（已选 ${n} 项）` : ''),
  years: '年份',
  regions: '地区',
  themes: '主题',
  sort: '排序',
  sortRelevance: '按出现次数',
  sortYear: '按年份',
  allYears: '全部年份',
  needsJs: '检索需要启用 JavaScript。也可以从首页按年份或地区浏览报告。',
  searching: '正在检索…',
  empty: '请输入检索词。',
  resultCount: (reports: number, count: number) => `${reports} 份报告，共 ${count} 处`,
  noResults: '没有找到同时包含这些词的报告。',
  noResultsFiltered: '在所选年份或地区中没有找到；去掉筛选条件再试。',
  missing: (terms: string[]) => `${terms.map((t) => `「${t}」`).join('、')}在档案中没有出现。`,
  simplified: (raw: string, s: string) => `「${raw}」也按简体「${s}」检索。`,
  showMore: (shown: number, total: number) => `显示更多结果（已显示 ${shown} / ${total} 份）`,
  occurrences: (n: number) => `${n} 处`,
  moreSections: (n: number) => `其余 ${n} 节`,
  sectionStart: '正文开头',
  hitsPerYear: '各年份出现次数',
  yearHits: (year: number, reports: number, count: number) =>
    `${year} 年：${reports} 份，${count} 处`,
  openFullPage: '在检索页查看全部结果',
  error: '检索出错，请稍后再试。',
  documentTitle: (query: string) =>
    query ? `${query} · 检索 · 政府工作报告档案` : '检索 · 政府工作报告档案',
} as const;

/** Theme names and the strings of theme pages and figure marks. */
export const themeUi = {
  names: { energy: '能源', ecology: '生态', livelihoods: '民生' } as Record<string, string>,
  figureFilter: '标出数字',
  all: '全部',
  none: '不标',
  themesOf: '主题',
  /** What a figure in the text measures (its `kind`), shown in its tip and the figures table. */
  figureKind: {
    level: '数值',
    change: '变化',
    target: '目标',
    count: '数量',
    share: '比重',
    rank: '排名',
  } as Record<string, string>,
  title: '主题',
  pageTitle: (name: string, year?: number) =>
    year === undefined ? `主题：${name}` : `主题：${name} · ${year} 年`,
  pageDescription: (name: string, year: number | undefined, description: string) =>
    `${name}${year === undefined ? '' : `（${year} 年）`}：${description}`,
  yearSuffix: (year: number) => ` · ${year} 年`,
  newest: (n: number) => `最新 ${n} 份报告：`,
  counts: (passages: number, figures: number, reports: number) =>
    `${passages} 段，${figures} 个数字，${reports} 份报告。数据：`,
  indicators: '跨年份的指标',
  passages: '相关段落',
  reportPassages: (title: string, n: number) => `${title}（${n} 段）`,
  figures: (n: number) => `数字（${n}）`,
  figureColumns: ['年份', '报告', '主体', '原文', '数值', '单位', '类型'],
} as const;

/** How the comparison names the kinds of sentence rows. */
const diff = {
  added: '新增',
  removed: '删去',
  changed: '改动',
  same: (n: number) => `${n} 句相同`,
} as const;

/** Strings of the cross-year views: targets, indicators, the section switcher, comparison. */
export const crossYearUi = {
  targets: '目标与结果',
  targetsIntro:
    '各报告的主要预期目标，对照同一地区下一年报告所述的当年结果。判断规则：“左右”允许相差 ' +
    '0.5 个百分点（其他单位为 3%）；失业率、物价涨幅等为上限，低于目标即为实现。' +
    '结果取下一年报告回顾部分中第一处该指标的数字（五年合计、年均数不计）。' +
    '五年规划的目标（注明“到某年”）对照该期末之后第一份报告对整个时期的回顾；年均增长目标与' +
    '“比某年增长”的结果按年均折算比较。',
  targetsNav: '目标与结果',
  /** After the intro where the archive holds the national reports. */
  nationalTargetsNote: (nation: string) =>
    `各地区的目标旁列出${nation}（国务院政府工作报告）同年同一指标的目标，链接到其记录。`,
  nationalTarget: '全国同年目标',
  /** A national target beside a regional one: the span, with a comparator it does not print. */
  nationalTargetSpan: (span: string, comparator: string) =>
    !comparator || span.includes(comparator)
      ? span
      : comparator === '力争'
        ? `${comparator}${span}`
        : `${span}${comparator}`,
  targetsOfYear: (year: number) => `${year} 年报告的主要预期目标`,
  /** After a several-year target's span: the last year it is for. */
  targetUntil: (year: number) => `（到${year}年）`,
  indicator: '指标',
  target: '目标',
  outcome: '下一年报告所述',
  status: '判断',
  statusName: {
    met: '已实现',
    missed: '未实现',
    'not-stated': '未说明',
    'next-missing': '下一年报告未收录',
    'next-excerpt': '下一年报告为节选，无回顾部分',
  } as Record<string, string>,
  expected: '（预计）',
  /** A several-year change as the yearly average its target is judged against. */
  perYear: (v: number) => `（折合年均${v}%）`,
  filterRegion: '地区',
  filterYear: '年份',
  filterStatus: '判断',
  filterAll: '全部',
  shown: (n: number, total: number) => `显示 ${n} / ${total} 项`,
  targetBeside: (status: string) => `目标 · ${status}`,
  statusShort: {
    met: '已实现',
    missed: '未实现',
    'not-stated': '结果未说明',
    'next-missing': '待下一年报告',
    'next-excerpt': '下一年报告为节选',
  } as Record<string, string>,
  indicators: '指标',
  indicatorsIntro:
    '在两份以上报告中出现的指标，按年份列出其数值。每个数值链接到原文句子。' +
    '“目标”取自当年报告的主要预期目标或“力争”句，“预计”是报告发布时的预计数，' +
    '“实际”为其余陈述。回顾部分的数值记在上一年。同一地区、同一年份只取一个数值' +
    '（取最接近该年的报告所述）；其他报告所述不同时，列为“出入”并注明出处。',
  /** Another report states a different value for the same year: the value, then where. */
  conflict: (span: string, report: string) => `出入：${report}作${span}`,
  kindName: { actual: '实际', expected: '预计', target: '目标' } as Record<string, string>,
  kind: '类别',
  indicatorDescription: (name: string) => `${name}：各报告中的数值，按年份。`,
  aliases: (names: string[]) => `写法：${names.join('、')}。`,
  indicatorSummary: (first: number, last: number, values: number, reports: number) =>
    `${first}–${last} 年 · ${values} 个数值 · ${reports} 份报告 ·`,
  /** The chart's unit when a figure has none (a plain count). */
  noUnit: '数量',
  /** Unit of a chart whose every value is a fall (下降5.6%): it draws the size of the fall. */
  fallUnit: '降幅，%',
  tenThousand: '万',
  hundredMillion: '亿',
  trillion: '万亿',
  chartPoint: (year: number, span: string) => `${year}年 ${span}`,
  /** The national series drawn beside a region's as a reference line. */
  reference: '全国（参照）',
  series: '系列',
  valueYear: '所指年份',
  report: '报告',
  value: '数值',
  sentence: '原文',
  otherYears: '其他年份的同一节',
  counterpart: (year: number, heading: string) => `${year} 年：${heading}`,
  compareWithYear: (year: number) => `对照：${year} 年`,
  compare: '对照',
  compareTitle: '对照两段文字',
  compareIntro: '逐句比较两份报告（或两节）：新增、删去和改动的句子标出，相同的句子折叠。',
  compareWith: '与……对照',
  ...diff,
  compareSummary: (removed: number, added: number, changed: number, same: number) =>
    `${diff.removed} ${removed} 句，${diff.added} ${added} 句，${diff.changed} ${changed} 句，` +
    `${diff.same(same)}。`,
  compareNeedsJs: '对照需要启用 JavaScript。',
  chooseA: '左栏',
  chooseB: '右栏',
  compareRun: '对照',
  wholeReport: '全文',
  sources: '同一报告的不同来源',
} as const;

/** Strings of reading, quoting and finding one's way: figures, citations, menus, contents. */
export const readingUi = {
  /** A figure's value and subject, shown on hover and read on focus in figure mode. */
  figureTip: (kind: string, subject: string, value: string, badge: string) =>
    `${kind}${subject ? `：${subject}` : ''}，${value}${badge ? `；${badge}` : ''}`,
  figureMode: '逐个浏览数字',
  figureModeHint: '打开后，Tab 键逐个停在数字上，读出数值和所指。',
  cite: '引用',
  citeLabel: (id: string) => `引用 ${id}`,
  citeTitle: '引用本处',
  citeGbt: 'GB/T 7714—2015',
  citePlain: '简式',
  citeWithQuote: '附上引文',
  citeCopy: '复制',
  citeCopyGbt: '复制 GB/T 7714 引用',
  citeCopyPlain: '复制简式引用',
  citeCopyLink: '复制链接',
  citeCopied: '已复制',
  citeClose: '关闭',
  citeFallback: '引用（请手动复制）',
  /** `R/OL`: a report, online (GB/T 7714—2015, 4.1 and table B.1). */
  gbtReport: (
    author: string,
    title: string,
    subtitle: string,
    date: string,
    accessed: string,
    url: string,
  ) =>
    `${author}. ${title}${subtitle ? `: ${subtitle}` : ''}[R/OL]. ` +
    `${date ? `(${date})` : ''}[${accessed}]. ${url}.`,
  plainReport: (
    author: string,
    title: string,
    subtitle: string,
    where: string,
    url: string,
    accessed: string,
  ) =>
    `${author}：《${title}》${subtitle ? `（${subtitle}）` : ''}` +
    `${where ? `，${where}` : ''}，${url}，${accessed}访问。`,
  quoted: (text: string) => `“${text}”`,
  /**
   * The government responsible for a region's report: a league (盟) has an administrative office.
   */
  government: (region: string, level: string) =>
    `${region}${level === '盟' ? '行政公署' : '人民政府'}`,
  menu: '菜单',
  menuLabel: '全部栏目',
  backToContents: '目录',
  backToContentsLabel: '回到目录',
  headingTools: (id: string) => `本节工具 ${id}`,
  compareSection: '节',
  compareWhole: '全文',
  compareDefault: '默认对照：最新一份报告的回顾部分与同一地区上一份报告的回顾部分。',
  compareLegendDel: '删去的字',
  compareLegendIns: '新增的字',
  compareWorking: '正在比较…',
  searchResultsHint: '↓ 键进入结果，Enter 打开',
} as const;
