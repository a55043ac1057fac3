<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Content version</source>
        <translation>内容版本</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="vanished">最近审阅</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation type="vanished">下次审阅</translation>
    </message>
    <message>
        <source>Evidence last checked</source>
        <translation>证据最近核查于</translation>
    </message>
    <message>
        <source>Next evidence check due</source>
        <translation>下次证据核查</translation>
    </message>
    <message>
        <source>Who this guide is for</source>
        <translation>本工具适用于谁</translation>
    </message>
    <message>
        <source>Report an error</source>
        <translation>报告错误</translation>
    </message>
    <message>
        <source>How the content is kept up to date</source>
        <translation>内容如何保持更新</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>编写者</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>审阅者</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>参考来源</translation>
    </message>
    <message>
        <source>The &apos;Ready to decide?&apos; questions (SURE)</source>
        <translation>“准备好做决定了吗？”问题（SURE）</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <source>How the evidence was chosen</source>
        <translation>如何选择证据</translation>
    </message>
    <message>
        <source>How sure each source is</source>
        <translation>每个出处的把握程度</translation>
    </message>
    <message>
        <source>How the Chinese text was made</source>
        <translation>中文内容是如何编写的</translation>
    </message>
    <message>
        <source>How easy it is to read</source>
        <translation>是否容易读懂</translation>
    </message>
    <message>
        <source>Your own figures (PREDICT)</source>
        <translation>您个人的数字（PREDICT）</translation>
    </message>
    <message>
        <source>How this guide was made</source>
        <translation>本工具是如何编写的</translation>
    </message>
    <message>
        <source>About this guide and its sources</source>
        <translation>关于本指南及其来源</translation>
    </message>
    <message>
        <source>About and sources</source>
        <translation>关于与来源</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>How sure women felt, before and after</source>
        <translation>女性在使用前后的把握程度</translation>
    </message>
    <message>
        <source>SURE score (number of &apos;yes&apos; of 4)</source>
        <translation>SURE 得分（4 题中答“是”的题数）</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>使用前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>使用后</translation>
    </message>
    <message>
        <source>Of {n} women who answered both times, {before} were sure (4 of 4 &apos;yes&apos;) before and {after} after.</source>
        <translation>在前后两次都作答的 {n} 位女性中，使用前有把握（4 题均答“是”）的有 {before} 位，使用后有 {after} 位。</translation>
    </message>
    <message>
        <source>Share sure (4 of 4 &apos;yes&apos;), %</source>
        <translation>有把握（4 题均答“是”）的比例，%</translation>
    </message>
    <message>
        <source>Who became sure, by decision</source>
        <translation>按决定类别：谁变得有把握</translation>
    </message>
    <message>
        <source>Who became sure, by month</source>
        <translation>按月份：谁变得有把握</translation>
    </message>
    <message>
        <source>Each bar is the share of women in the group who were sure before and after; n is the number who answered both times.</source>
        <translation>每根柱表示该组女性在使用前和使用后有把握的比例；n 为前后两次都作答的人数。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Not shown separately (fewer than {k} women): {groups}.</source>
        <translation>不足 {k} 位女性、未单独显示的组：{groups}。</translation>
    </message>
    <message>
        <source>Time spent with the aid</source>
        <translation>使用本工具的时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>{n} women; half spent {median} minutes or less.</source>
        <translation>共 {n} 位女性；一半人用时 {median} 分钟或更短。</translation>
    </message>
    <message>
        <source>Options women leaned to, by decision</source>
        <translation>按决定类别：女性倾向的方案</translation>
    </message>
    <message>
        <source>Share of women, %</source>
        <translation>女性比例，%</translation>
    </message>
    <message>
        <source>For each decision, the share of women leaning to each option; options fewer than {k} women leaned to are counted together.</source>
        <translation>每类决定中倾向各方案的女性比例；倾向人数不足 {k} 位的方案合并计算。</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>还不确定</translation>
    </message>
    <message>
        <source>Did not say</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Other options (fewer than {k} each)</source>
        <translation>其他方案（每项不足 {k} 位）</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>the clinic&apos;s anonymous record</source>
        <translation>门诊的匿名记录</translation>
    </message>
    <message>
        <source>Decision quality: the clinic&apos;s record</source>
        <translation>决策质量：门诊记录</translation>
    </message>
    <message>
        <source>{n} women agreed that the clinic may keep an anonymous record of how ready they felt, from {first} to {last}: {clinician} in the consultation room and {kiosk} at the kiosk. {both} of them answered the four SURE questions both before and after.</source>
        <translation>从 {first} 至 {last}，共有 {n} 位女性同意门诊匿名记录她们做决定的准备程度：诊室内 {clinician} 位，自助终端 {kiosk} 位。其中 {both} 位在使用前后都回答了四个 SURE 问题。</translation>
    </message>
    <message>
        <source>Each record holds only the month, the decision, the mode, the language, the SURE score before and after, the options looked at, the option she leaned to if she said, the minutes spent and whether her own PREDICT figures were shown. No name, date, age, tumour detail or free text is kept. Groups of fewer than {k} women are not shown separately.</source>
        <translation>每条记录只包含：月份、决定类别、使用方式、语言、使用前后的 SURE 得分、看过的方案、她说明时所倾向的方案、用时（分钟），以及是否显示了她本人的 PREDICT 数字。不保存姓名、日期、年龄、肿瘤信息或任何自由文字。不足 {k} 位女性的组不单独显示。</translation>
    </message>
    <message>
        <source>The record holds fewer than {k} women, so nothing is shown yet.</source>
        <translation>记录中的女性不足 {k} 位，因此暂不显示任何内容。</translation>
    </message>
    <message>
        <source>endoaid {version} · anonymous record</source>
        <translation>endoaid {version} · 匿名记录</translation>
    </message>
</context>
<context>
    <name>AutoSave</name>
    <message>
        <source>Restore the consultation from {0} today?</source>
        <translation>要恢复今天 {0} 的咨询记录吗？</translation>
    </message>
    <message>
        <source>Restore the consultation from {0} yesterday?</source>
        <translation>要恢复昨天 {0} 的咨询记录吗？</translation>
    </message>
    <message>
        <source>Restore the consultation from {0} on {1}?</source>
        <translation>要恢复 {1} {0} 的咨询记录吗？</translation>
    </message>
    <message>
        <source>Unsaved consultation</source>
        <translation>未保存的咨询记录</translation>
    </message>
    <message>
        <source>endoaid did not close normally last time. Discard deletes this copy.</source>
        <translation>endoaid 上次没有正常关闭。选择“放弃”会删除这份副本。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>BenefitWords</name>
    <message>
        <source>Figure from the studies: {value} out of {den} {when} [{cites}].</source>
        <translation>研究中的数字：每{den}人中{value}人，{when}［{cites}］。</translation>
    </message>
    <message>
        <source>Your own risk, as entered by the clinician: {value} out of {den} {when}.</source>
        <translation>医生填写的您自己的风险：每{den}人中{value}人，{when}。</translation>
    </message>
    <message>
        <source>Your risk {risk} out of {den} × the cited ratio {ratio} (range {low} to {high}) = {value} out of {den} {when} [{cites}].</source>
        <translation>您的风险 每{den}人中{risk}人 × 引用的比值 {ratio}（范围 {low} 至 {high}）= 每{den}人中{value}人，{when}［{cites}］。</translation>
    </message>
    <message>
        <source>The sources give no relative effect for this option, so your risk cannot be applied to it.</source>
        <translation>资料中没有这个选择的相对效果，因此无法用于您的风险。</translation>
    </message>
    <message>
        <source>The sources give no figure for this option in this comparison.</source>
        <translation>资料中没有这个选择在此比较中的数字。</translation>
    </message>
    <message>
        <source>These trials report months, not a chance over years, so endoaid cannot use your risk here.</source>
        <translation>这些试验报告的是月数，而不是若干年内的机会，因此这里无法使用您的风险。</translation>
    </message>
    <message>
        <source>The cited figures are for {years} years; your risk is for {risk_years} years, so endoaid will not convert it.</source>
        <translation>引用的数字是{years}年内的；您的风险是{risk_years}年内的，endoaid不会换算。</translation>
    </message>
    <message>
        <source>Your risk times the cited ratio would be more than all the women counted, so endoaid will not show it.</source>
        <translation>您的风险乘以引用的比值后会超过统计的全部女性人数，因此endoaid不显示这个结果。</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>days {a}-{b} of {n}</source>
        <translation>{n}天周期的第{a}-{b}天</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复查</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Show as table</source>
        <translation>以表格显示</translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <translation>把图表改为表格显示</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers as a table</source>
        <translation>图表中的数字（表格）</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Years from the start</source>
        <translation>从开始起的年数</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>{n}年</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n}年</translation>
    </message>
    <message>
        <source>Cost so far ({currency})</source>
        <translation>累计费用（{currency}）</translation>
    </message>
    <message>
        <source>Number so far</source>
        <translation>累计次数</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>随时间累计的费用</translation>
    </message>
    <message>
        <source>Treatments and visits over time</source>
        <translation>随时间累计的治疗和就诊</translation>
    </message>
    <message>
        <source>Costs cross at {when}</source>
        <translation>约{when}时费用相同</translation>
    </message>
    <message>
        <source>Over {years}, the total cost is {totals}.</source>
        <translation>{years}内，总费用为：{totals}。</translation>
    </message>
    <message>
        <source> The costs become equal after about {when}.</source>
        <translation>约{when}后两者费用相同。</translation>
    </message>
    <message>
        <source>Over {years}: {totals}.</source>
        <translation>{years}内：{totals}。</translation>
    </message>
    <message>
        <source>Local prices are not set, so this chart counts treatments and visits, not money.</source>
        <translation>尚未设置本地价格，因此本图显示治疗和就诊次数，而不是费用。</translation>
    </message>
    <message>
        <source>{names}: the same numbers, so their lines lie on top of each other.</source>
        <translation>{names}的数字相同，所以图中它们的线重叠在一起。</translation>
    </message>
    <message>
        <source>Your share after insurance pays {share}%.</source>
        <translation>扣除保险支付的{share}%后由您承担的部分。</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>注射</translation>
    </message>
    <message>
        <source>Tablets</source>
        <translation>片剂</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>手术</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Clinic visits</source>
        <translation>门诊就诊</translation>
    </message>
    <message>
        <source>injections: {n}</source>
        <translation>注射{n}次</translation>
    </message>
    <message>
        <source>tablets: {n}</source>
        <translation>服药{n}片</translation>
    </message>
    <message>
        <source>operations: {n}</source>
        <translation>手术{n}次</translation>
    </message>
    <message>
        <source>scans: {n}</source>
        <translation>检查{n}次</translation>
    </message>
    <message>
        <source>clinic visits: {n}</source>
        <translation>门诊{n}次</translation>
    </message>
    <message>
        <source>How long each option lasts</source>
        <translation>每个选项持续多久</translation>
    </message>
    <message>
        <source>Usual length</source>
        <translation>通常时长</translation>
    </message>
    <message>
        <source>May continue to</source>
        <translation>可能延长至</translation>
    </message>
    <message>
        <source>Shortest length</source>
        <translation>最短时长</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>How precise</source>
        <translation>精确程度</translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>No further treatment</source>
        <translation>不再接受治疗</translation>
    </message>
    <message>
        <source>no fixed length</source>
        <translation>无固定时长</translation>
    </message>
    <message>
        <source>{low} to {high} years</source>
        <translation>{low}至{high}年</translation>
    </message>
    <message>
        <source>usually {n} years</source>
        <translation>通常{n}年</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n}个月</translation>
    </message>
    <message>
        <source>How long each lasts: {items}.</source>
        <translation>持续时间：{items}。</translation>
    </message>
    <message>
        <source>from the start of treatment</source>
        <translation>从治疗开始算起</translation>
    </message>
    <message>
        <source>Can it be undone?</source>
        <translation>可以逆转吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>可以</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分可以</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不可以</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Can it be undone? {items}.</source>
        <translation>可以逆转吗？{items}。</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Common side effects</source>
        <translation>常见副作用</translation>
    </message>
    <message>
        <source>Women out of 100</source>
        <translation>每100名女性中的人数</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>副作用</translation>
    </message>
    <message>
        <source>Out of 100 women, {items} ({context}).</source>
        <translation>每100名女性中：{items}（{context}）。</translation>
    </message>
    <message>
        <source>{name}: {values}</source>
        <translation>{name}：{values}</translation>
    </message>
    <message>
        <source>{n} with {option}</source>
        <translation>{option}{n}人</translation>
    </message>
    <message>
        <source>{option}: {n}</source>
        <translation>{option}{n}</translation>
    </message>
    <message>
        <source>{n} ({range}) with {option}</source>
        <translation>{option}{n}人（{range}）</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>No side effect was counted the same way for these options.</source>
        <translation>这些选项没有以相同方式统计的副作用。</translation>
    </message>
    <message>
        <source>range not reported</source>
        <translation>未报告范围</translation>
    </message>
    <message>
        <source>Out of 100 women like you</source>
        <translation>每100名像您一样的女性中</translation>
    </message>
    <message>
        <source>{time_frame}, out of 100 women: {items}.</source>
        <translation>{time_frame}，每100名女性中：{items}。</translation>
    </message>
    <message>
        <source>{option}: {n} women ({outcome}) and {m} ({outcome_not})</source>
        <translation>{option}：{n}人{outcome}，{m}人{outcome_not}</translation>
    </message>
    <message>
        <source>{headline}: {items}.</source>
        <translation>{headline}：{items}。</translation>
    </message>
    <message>
        <source>Hormone therapy</source>
        <translation>内分泌治疗</translation>
    </message>
    <message>
        <source>{n} {group}</source>
        <translation>{n}人{group}</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation>{option}：{reason}</translation>
    </message>
    <message>
        <source>{outcome}</source>
        <translation>{outcome}</translation>
    </message>
    <message>
        <source>{outcome_not}</source>
        <translation>{outcome_not}</translation>
    </message>
    <message>
        <source>about {n}</source>
        <translation>约{n}</translation>
    </message>
    <message>
        <source>How the figure was found</source>
        <translation>数字来源</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source> ({text})</source>
        <translation>（{text}）</translation>
    </message>
    <message>
        <source>{name}, as of {date}, from {source} (entered by the clinic)</source>
        <translation>{name}，截至{date}，来源：{source}（由医院或诊所自行填写）</translation>
    </message>
    <message>
        <source>Prices: {book}.</source>
        <translation>价格：{book}。</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month_number}月{day}日</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>US$</source>
        <translation>US$</translation>
    </message>
    <message>
        <source>CN¥</source>
        <translation>¥</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Cost / burden over time</source>
        <translation>费用/负担随时间变化</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>持续多久</translation>
    </message>
    <message>
        <source>Can it be undone?</source>
        <translation>可以逆转吗？</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>副作用</translation>
    </message>
    <message>
        <source>Out of 100 women</source>
        <translation>每100名女性</translation>
    </message>
    <message>
        <source>Choose a chart</source>
        <translation>选择图表</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>价格表</translation>
    </message>
    <message>
        <source>Insurance pays:</source>
        <translation>保险支付：</translation>
    </message>
    <message>
        <source>Share paid by insurance, percent</source>
        <translation>保险支付的比例（%）</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>年数：</translation>
    </message>
    <message>
        <source>Number of years to count</source>
        <translation>计算的年数</translation>
    </message>
    <message>
        <source>Person-shaped icons</source>
        <translation>人形图标</translation>
    </message>
    <message>
        <source>Plain squares</source>
        <translation>方块</translation>
    </message>
    <message>
        <source>Show women as person-shaped icons</source>
        <translation>用人形图标表示每位女性</translation>
    </message>
    <message>
        <source>Show women as plain squares</source>
        <translation>用方块表示每位女性</translation>
    </message>
    <message>
        <source>Your estimate (PREDICT)</source>
        <translation>您个人的估算（PREDICT）</translation>
    </message>
    <message>
        <source>Show your own estimate from PREDICT Breast</source>
        <translation>显示 PREDICT Breast 为您个人所做的估算</translation>
    </message>
    <message>
        <source>Figures from the trials</source>
        <translation>试验中的数字</translation>
    </message>
    <message>
        <source>Show the figures from the trials</source>
        <translation>显示试验中的数字</translation>
    </message>
    <message>
        <source>Counted from now to:</source>
        <translation>从现在起计算到：</translation>
    </message>
    <message>
        <source>Years from now your estimate counts</source>
        <translation>您的估算从现在起计算的年数</translation>
    </message>
    <message>
        <source>Counted from diagnosis to:</source>
        <translation>从确诊起统计到：</translation>
    </message>
    <message>
        <source>Years after diagnosis your estimate counts</source>
        <translation>您个人估算统计到确诊后第几年</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <source>How {0} is given</source>
        <translation>{0}的用法</translation>
    </message>
    <message>
        <source>{0} years</source>
        <translation>{0}年</translation>
    </message>
    <message>
        <source>Choose a decision and 2 or 3 options first.</source>
        <translation>请先选择一个决定，并勾选2或3个选项。</translation>
    </message>
    <message>
        <source>Sources: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <source>No &apos;out of 100 women&apos; figures for these options: see the side-by-side table.</source>
        <translation>这些选项没有“每100名女性”的数据，请查看对比表。</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>Clinic settings</source>
        <translation>门诊设置</translation>
    </message>
    <message>
        <source>Kiosk inbox folder</source>
        <translation>自助终端收件文件夹</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>How long a code works</source>
        <translation>代码有效时长</translation>
    </message>
    <message>
        <source>Anonymous record database</source>
        <translation>匿名记录数据库</translation>
    </message>
    <message>
        <source>Kiosk inbox folder:</source>
        <translation>自助终端收件文件夹：</translation>
    </message>
    <message>
        <source>A code works for:</source>
        <translation>代码有效时长：</translation>
    </message>
    <message>
        <source>Anonymous record (SQLite file):</source>
        <translation>匿名记录（SQLite 文件）：</translation>
    </message>
    <message>
        <source>Leave a field empty to switch that part off. The record is kept only for women who say yes at the end of the guide.</source>
        <translation>某一栏留空即关闭该功能。只有在指南最后回答“可以”的女性才会被记录。</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <source>Record databases (*.db)</source>
        <translation>记录数据库 (*.db)</translation>
    </message>
    <message>
        <source>The folder &apos;{0}&apos; does not exist.</source>
        <translation>文件夹“{0}”不存在。</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Enter the code from your clinic</source>
        <translation>请输入门诊给您的代码</translation>
    </message>
    <message>
        <source>Code from your clinic</source>
        <translation>门诊给您的代码</translation>
    </message>
    <message>
        <source>6 letters and digits, as on your slip</source>
        <translation>6 个字母和数字，与纸条上的相同</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open my session with this code</source>
        <translation>用这个代码打开我的咨询记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel and go back to the guide</source>
        <translation>取消并返回指南</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>删除最后一个字符</translation>
    </message>
    <message>
        <source>Too many wrong codes. Please wait {0} seconds.</source>
        <translation>错误代码次数太多。请等待 {0} 秒。</translation>
    </message>
    <message>
        <source>A code has 6 letters and digits. Please try again.</source>
        <translation>代码由 6 个字母和数字组成。请再试一次。</translation>
    </message>
    <message>
        <source>No session has this code. Please check it, or ask the clinic for a new one.</source>
        <translation>没有与此代码对应的咨询记录。请核对代码，或请门诊给您一个新代码。</translation>
    </message>
    <message>
        <source>This session was made with other content than this kiosk has. Please ask the clinic.</source>
        <translation>这份咨询记录所用的内容与本自助终端不同。请询问门诊。</translation>
    </message>
    <message>
        <source>Your clinic filled these in for you. To change them, please ask the clinic.</source>
        <translation>这些内容由门诊为您填写。如需修改，请询问门诊。</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Over {0} years: {1}</source>
        <translation>{0}年内：{1}</translation>
    </message>
    <message>
        <source>No price book is chosen.</source>
        <translation>尚未选择价格表。</translation>
    </message>
    <message>
        <source>Cost not known: this price book has no price for some items.</source>
        <translation>费用未知：此价格表缺少部分项目的价格。</translation>
    </message>
    <message>
        <source>your share after insurance</source>
        <translation>保险支付后您自付的部分</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Prices: {0}, as of {1}, from {2} (entered by the clinic)</source>
        <translation>价格：{0}，截至{1}，来源：{2}（由医院或诊所自行填写）</translation>
    </message>
    <message>
        <source>Prices: {0}, from {1}</source>
        <translation>价格：{0}，自{1}起</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Click &apos;Sources&apos; in a cell to see where it comes from.</source>
        <translation>点击格子里的“来源”，可查看信息出处。</translation>
    </message>
    <message>
        <source>The same questions for each option. Tick the questions that matter most to you: they move to the top, here and in your summary. Click &apos;Sources&apos; to see where a statement comes from; click an underlined word to see what it means.</source>
        <translation>每个选项回答同样的问题。请勾选对您最重要的问题：它们会移到最上面，这里和您的小结中都一样。点击“来源”可以查看说法的出处；点击带下划线的词语，可以看到它的意思。</translation>
    </message>
    <message>
        <source>Your own estimate</source>
        <translation>您个人的估算</translation>
    </message>
    <message>
        <source>Compare another instead...</source>
        <translation>换一个选项比较…</translation>
    </message>
    <message>
        <source>Swap {0} for another option</source>
        <translation>把{0}换成其他选项</translation>
    </message>
    <message>
        <source>Choose a decision and 2 or 3 options first.</source>
        <translation>请先选择一个决定，并勾选2或3个选项。</translation>
    </message>
    <message>
        <source>The same questions for each option. Click &apos;Sources&apos; to see where it comes from.</source>
        <translation type="vanished">每个选项回答同样的问题。点击“来源”可查看信息出处。</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>您的问题</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>What is it like to live with?</source>
        <translation>用这种治疗，生活会是什么样？</translation>
    </message>
    <message>
        <source>What speaks for it?</source>
        <translation>它有哪些好处？</translation>
    </message>
    <message>
        <source>What speaks against it?</source>
        <translation>它有哪些坏处？</translation>
    </message>
    <message>
        <source>Your body</source>
        <translation>您的身体</translation>
    </message>
    <message>
        <source>Your feelings</source>
        <translation>您的心情</translation>
    </message>
    <message>
        <source>Your daily life and the people around you</source>
        <translation>您的日常生活和身边的人</translation>
    </message>
    <message>
        <source>Counted in: {0}</source>
        <translation>统计对象：{0}</translation>
    </message>
    <message>
        <source>Not like for like: the figures in this row count different groups of women or different time frames (see under each one).</source>
        <translation>并非同类比较：这一行的数字来自不同的女性群体或不同的时间段（见每个数字下方的说明）。</translation>
    </message>
    <message>
        <source>Matters most to me</source>
        <translation>对我最重要</translation>
    </message>
    <message>
        <source>Matters most to me: {0}</source>
        <translation>对我最重要：{0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>counted in: {0}</source>
        <translation>统计对象：{0}</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>Shows where this answer comes from.</source>
        <translation>显示这条回答的资料来源。</translation>
    </message>
    <message>
        <source>0 means this does not matter to you, 4 means it matters a lot.</source>
        <translation>0表示这对您不重要，4表示非常重要。</translation>
    </message>
    <message>
        <source>Answer yes or no; you can change your answer at any time.</source>
        <translation>请回答“是”或“否”；您随时可以更改。</translation>
    </message>
    <message>
        <source>Goes straight to this step; nothing you entered is lost.</source>
        <translation>直接进入这一步；您填写的内容不会丢失。</translation>
    </message>
    <message>
        <source>Tick or untick; you can change it at any time.</source>
        <translation>勾选或取消勾选；您随时可以更改。</translation>
    </message>
    <message>
        <source>On the page &apos;%1&apos;; a problem with what you enter is shown beside it.</source>
        <translation>位于“%1”页面；如果填写有问题，会在旁边提示。</translation>
    </message>
    <message>
        <source>Your own words; they are kept in the summary.</source>
        <translation>用您自己的话填写；内容会保存在总结中。</translation>
    </message>
    <message>
        <source>On the page &apos;%1&apos;.</source>
        <translation>位于“%1”页面。</translation>
    </message>
</context>
<context>
    <name>EligibilityWords</name>
    <message>
        <source>before menopause</source>
        <translation>绝经前</translation>
    </message>
    <message>
        <source>around menopause</source>
        <translation>围绝经期</translation>
    </message>
    <message>
        <source>after menopause</source>
        <translation>绝经后</translation>
    </message>
    <message>
        <source>not sure about menopause</source>
        <translation>不确定是否绝经</translation>
    </message>
    <message>
        <source>after surgery for early breast cancer</source>
        <translation>早期乳腺癌术后</translation>
    </message>
    <message>
        <source>with advanced cancer</source>
        <translation>晚期或复发</translation>
    </message>
    <message>
        <source>This decision is for women {who}.</source>
        <translation>这个决定适用于{who}的女性。</translation>
    </message>
    <message>
        <source>This decision is for women {wanted}; you are {actual}.</source>
        <translation>这个决定适用于{wanted}的女性；您是{actual}。</translation>
    </message>
    <message>
        <source>This decision does not match your situation as entered.</source>
        <translation>这个决定与所填写的情况不符。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;{name}&apos; does not exist.</source>
        <translation>“{name}”不存在。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read ({reason}).</source>
        <translation>无法读取“{name}”（{reason}）。</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is a folder, not a file name for the session.</source>
        <translation>“{target}”是一个文件夹，不是会话文件的文件名。</translation>
    </message>
    <message>
        <source>Cannot save the session to &apos;{target}&apos; ({reason}).</source>
        <translation>无法把会话保存到“{target}”（{reason}）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an endoaid session file.</source>
        <translation>“{name}”不是 endoaid 会话文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has an unknown session version ({version}).</source>
        <translation>“{name}”的会话版本无法识别（{version}）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was saved by a newer endoaid (session version {version}); this version reads up to version {supported}.</source>
        <translation>“{name}”由较新版本的 endoaid 保存（会话版本 {version}）；本版本最多只能读取版本 {supported}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large to be an endoaid session file.</source>
        <translation>“{name}”太大，不可能是 endoaid 会话文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or cut short.</source>
        <translation>“{name}”已损坏或不完整。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged: the key &apos;{key}&apos; is written twice.</source>
        <translation>“{name}”已损坏：键“{key}”出现了两次。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: the entry &apos;{where}&apos; cannot be used ({reason}).</source>
        <translation>“{name}”：条目“{where}”无法使用（{reason}）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a table of fields, not a list or a value.</source>
        <translation>“{name}”必须是由字段组成的表，而不是列表或单个值。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: the price id &apos;{id}&apos; is used more than once.</source>
        <translation>“{name}”：价格编号“{id}”使用了不止一次。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: a price book must be a .toml or .json file.</source>
        <translation>“{name}”：价格表必须是 .toml 或 .json 文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large to be a price book.</source>
        <translation>“{name}”太大，不可能是价格表。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not UTF-8 text.</source>
        <translation>“{name}”不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not valid {kind} ({reason}).</source>
        <translation>“{name}”不是有效的 {kind}（{reason}）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: the price book cannot be written ({reason}).</source>
        <translation>“{name}”：无法写入价格表（{reason}）。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能是负数。</translation>
    </message>
    <message>
        <source>No commas: use a point for decimals (1.5), no thousands separator.</source>
        <translation>不要用逗号：小数用小数点（1.5），也不要用千位分隔符。</translation>
    </message>
    <message>
        <source>At most {n} digits after the point.</source>
        <translation>小数点后最多{n}位。</translation>
    </message>
    <message>
        <source>This price is too large.</source>
        <translation>这个价格太大了。</translation>
    </message>
    <message>
        <source>Not a number: type digits only, like 12 or 12.50 (no currency sign).</source>
        <translation>不是数字：只填数字，例如12或12.50（不加货币符号）。</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is a folder; give a file name for the PDF.</source>
        <translation>“{target}”是一个文件夹；请为 PDF 输入文件名。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>文件夹“{folder}”不存在。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; cannot be written to.</source>
        <translation>无法写入文件夹“{folder}”。</translation>
    </message>
    <message>
        <source>The PDF could not be made; nothing was written.</source>
        <translation>PDF 未能生成；没有写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write the PDF to &apos;{target}&apos; ({reason}).</source>
        <translation>无法把 PDF 写入“{target}”（{reason}）。</translation>
    </message>
    <message>
        <source>Choose a decision first: there is nothing to summarise yet.</source>
        <translation>请先选择一个要讨论的决定：目前还没有可以总结的内容。</translation>
    </message>
    <message>
        <source>The folder for summaries is not available.</source>
        <translation>存放总结的文件夹目前无法使用。</translation>
    </message>
    <message>
        <source>No free file name was found for the summary.</source>
        <translation>没有找到可用于总结的文件名。</translation>
    </message>
    <message>
        <source>No folder is set up for summaries.</source>
        <translation>尚未设置存放总结的文件夹。</translation>
    </message>
    <message>
        <source>The printer &apos;{printer}&apos; is not available.</source>
        <translation>打印机“{printer}”目前无法使用。</translation>
    </message>
    <message>
        <source>The summary could not be made for printing.</source>
        <translation>未能生成用于打印的总结。</translation>
    </message>
    <message>
        <source>The printer &apos;{printer}&apos; did not accept the summary.</source>
        <translation>打印机“{printer}”没有接收这份总结。</translation>
    </message>
    <message>
        <source>The printer &apos;{printer}&apos; reported a problem.</source>
        <translation>打印机“{printer}”报告了一个问题。</translation>
    </message>
    <message>
        <source>The kiosk inbox folder &apos;{folder}&apos; does not exist.</source>
        <translation>自助终端的收件文件夹“{folder}”不存在。</translation>
    </message>
    <message>
        <source>The session could not be written to the kiosk inbox &apos;{folder}&apos; ({reason}).</source>
        <translation>无法把咨询记录写入自助终端的收件文件夹“{folder}”（{reason}）。</translation>
    </message>
    <message>
        <source>A code has 6 letters and digits.</source>
        <translation>代码由 6 个字母和数字组成。</translation>
    </message>
    <message>
        <source>No session has this code: check it, or ask the clinic for a new one.</source>
        <translation>没有与此代码对应的咨询记录：请核对代码，或请门诊给您一个新代码。</translation>
    </message>
    <message>
        <source>The record database &apos;{path}&apos; cannot be used ({reason}).</source>
        <translation>无法使用记录数据库“{path}”（{reason}）。</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is both a source and the output; name a new output file.</source>
        <translation>“{target}”既是来源又是输出；请另取一个输出文件名。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation>把小结保存为PDF文件</translation>
    </message>
    <message>
        <source>Take a summary home: options, charts, what matters to you, questions, sources.</source>
        <translation>把小结带回家：包括各个选项、图表、对您重要的事、您的问题和来源。</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>打印小结</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview the summary</source>
        <translation>预览小结</translation>
    </message>
    <message>
        <source>The PDF summary is not available in this version yet.</source>
        <translation>此版本暂时还不能生成PDF小结。</translation>
    </message>
    <message>
        <source>⚠ The summary was not made: {0}</source>
        <translation>⚠ 未能生成小结：{0}</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>保存小结</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>已保存：{0}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>手术%n次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injection(s)</source>
        <translation>
            <numerusform>注射%n次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tablet(s)</source>
        <translation>
            <numerusform>服药%n片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>检查%n次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clinic visit(s)</source>
        <translation>
            <numerusform>门诊%n次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryLabel</name>
    <message>
        <source>Words explained here: {0}. Press Tab to reach a word, then Enter to hear what it means.</source>
        <translation>这里可以解释的词语：{0}。按 Tab 键移到词语上，再按回车键，即可听到它的意思。</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the explanation of {0}</source>
        <translation>关闭“{0}”的解释</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <source>⌂ Back to start</source>
        <translation>⌂ 回到开头</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>回到开始页</translation>
    </message>
    <message>
        <source>Your answers are kept</source>
        <translation>您的回答会保留</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>正常字号</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>大字号</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>特大字号</translation>
    </message>
    <message>
        <source>Makes all the words bigger or smaller</source>
        <translation>把所有文字放大或缩小</translation>
    </message>
    <message>
        <source>◐ High contrast</source>
        <translation>◐ 高对比度</translation>
    </message>
    <message>
        <source>High contrast colours</source>
        <translation>高对比度颜色</translation>
    </message>
    <message>
        <source>Switches to white and yellow text on black</source>
        <translation>改为黑底白字和黄字</translation>
    </message>
    <message>
        <source>Language: {0}</source>
        <translation>语言：{0}</translation>
    </message>
    <message>
        <source>Shows the guide in this language</source>
        <translation>用这种语言显示本指南</translation>
    </message>
    <message>
        <source>✕ Finish and clear</source>
        <translation>✕ 结束并清除</translation>
    </message>
    <message>
        <source>Finish and clear all my answers</source>
        <translation>结束并清除我的所有回答</translation>
    </message>
    <message>
        <source>Forgets everything you entered and goes back to the start</source>
        <translation>清除您输入的所有内容，回到开头</translation>
    </message>
</context>
<context>
    <name>KioskOutputPanel</name>
    <message>
        <source>Print my summary</source>
        <translation>打印我的小结</translation>
    </message>
    <message>
        <source>Prints on the clinic printer; nothing is kept on this machine</source>
        <translation>用诊室的打印机打印；本机不会保留任何内容</translation>
    </message>
    <message>
        <source>Save for my care team</source>
        <translation>保存给我的医护团队</translation>
    </message>
    <message>
        <source>Save the summary for my care team</source>
        <translation>把小结保存给我的医护团队</translation>
    </message>
    <message>
        <source>Saves a PDF with a code name in the clinic&apos;s folder</source>
        <translation>以编号为文件名，把PDF保存到诊室的文件夹</translation>
    </message>
    <message>
        <source>See my summary</source>
        <translation>查看我的小结</translation>
    </message>
    <message>
        <source>See my summary on the screen</source>
        <translation>在屏幕上查看我的小结</translation>
    </message>
    <message>
        <source>Shows the pages that would be printed; nothing is saved</source>
        <translation>显示将要打印的页面；不会保存任何内容</translation>
    </message>
    <message>
        <source>Printing is not set up on this machine.</source>
        <translation>本机尚未设置打印。</translation>
    </message>
    <message>
        <source>⚠ The summary cannot be shown: {0}</source>
        <translation>⚠ 无法显示小结：{0}</translation>
    </message>
    <message>
        <source>⚠ Not printed: {0} Please ask at the desk.</source>
        <translation>⚠ 未能打印：{0} 请到服务台询问。</translation>
    </message>
    <message>
        <source>✔ Sent to the printer. Please collect it at the desk.</source>
        <translation>✔ 已发送到打印机，请到服务台领取。</translation>
    </message>
    <message>
        <source>⚠ Not saved: {0} Please ask at the desk.</source>
        <translation>⚠ 未能保存：{0} 请到服务台询问。</translation>
    </message>
    <message>
        <source>✔ Saved for your care team under the code {0}.</source>
        <translation>✔ 已为您的医护团队保存，编号为{0}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Send to the kiosk...</source>
        <translation>发送到自助终端...</translation>
    </message>
    <message>
        <source>Clinic settings...</source>
        <translation>门诊设置...</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>没有最近的咨询记录</translation>
    </message>
    <message>
        <source>This session cannot be opened</source>
        <translation>无法打开这份会谈记录</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is no longer there; it was taken off the recent list.</source>
        <translation>“{0}”已不存在；已从最近列表中移除。</translation>
    </message>
    <message>
        <source>It refers to &apos;{0}&apos;, which this content version does not have.</source>
        <translation>它提到的“{0}”在当前内容版本中不存在。</translation>
    </message>
    <message>
        <source>The session was not saved</source>
        <translation>会谈记录未保存</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>已保存：{0}</translation>
    </message>
    <message>
        <source>This price book cannot be used</source>
        <translation>无法使用这个价格表</translation>
    </message>
    <message>
        <source>The note is on the clipboard.</source>
        <translation>记录已复制到剪贴板。</translation>
    </message>
    <message>
        <source>endoaid sessions (*.endoaid.json);;JSON files (*.json)</source>
        <translation>endoaid会谈记录 (*.endoaid.json);;JSON文件 (*.json)</translation>
    </message>
    <message>
        <source>Save this patient&apos;s entries before opening another session?</source>
        <translation>打开另一个会话之前，要先保存这位患者已填写的内容吗？</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>打开会谈记录</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>保存会谈记录</translation>
    </message>
    <message>
        <source>Load a price book</source>
        <translation>载入价格表</translation>
    </message>
    <message>
        <source>Price books (*.toml *.json)</source>
        <translation>价格表 (*.toml *.json)</translation>
    </message>
    <message>
        <source>Save the price book</source>
        <translation>保存价格表</translation>
    </message>
    <message>
        <source>Price books (*.toml)</source>
        <translation>价格表 (*.toml)</translation>
    </message>
    <message>
        <source>Prices saved: {0}</source>
        <translation>价格已保存：{0}</translation>
    </message>
    <message>
        <source>endoaid — hormone therapy decision aid</source>
        <translation>endoaid — 内分泌治疗决策辅助</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>回到上一步</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>About and sources</source>
        <translation>关于与来源</translation>
    </message>
    <message>
        <source>About this guide and its sources</source>
        <translation>关于本指南及其来源</translation>
    </message>
    <message>
        <source>Goes to the previous step; nothing you entered is lost.</source>
        <translation>返回上一步；您填写的内容不会丢失。</translation>
    </message>
    <message>
        <source>Goes to the next step; nothing you entered is lost.</source>
        <translation>进入下一步；您填写的内容不会丢失。</translation>
    </message>
    <message>
        <source>Who wrote the content, how it is funded, and every source.</source>
        <translation>内容由谁编写、经费来源，以及所有参考资料。</translation>
    </message>
    <message>
        <source>Content {0}</source>
        <translation>内容版本{0}</translation>
    </message>
    <message>
        <source>Sources listed under About · content {0} · reviewed {1} · not medical advice</source>
        <translation type="vanished">来源见“关于” · 内容版本{0} · 审阅于{1} · 不构成医疗建议</translation>
    </message>
    <message>
        <source>Sources listed under About · content {0}, evidence checked {1} · {2} · not medical advice</source>
        <translation>来源见“关于” · 内容版本{0}，证据核查于{1} · {2} · 不构成医疗建议</translation>
    </message>
    <message>
        <source>⚠ This content was due for review on {0}. Figures or prices may be out of date.</source>
        <translation>⚠ 本内容应在{0}重新审阅，其中的数字或价格可能已过时。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>您的情况</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>重要的事</translation>
    </message>
    <message>
        <source>Ready to decide?</source>
        <translation>准备好了吗？</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>小结</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>新患者</translation>
    </message>
    <message>
        <source>Clear everything entered for this patient? This cannot be undone.</source>
        <translation>要清除为这位患者输入的全部内容吗？清除后无法恢复。</translation>
    </message>
    <message>
        <source>Save this patient&apos;s entries before closing?</source>
        <translation>关闭之前，要先保存这位患者已填写的内容吗？</translation>
    </message>
    <message>
        <source>Unsaved entries</source>
        <translation>有未保存的内容</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>决定(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>显示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>New patient...</source>
        <translation>新患者…</translation>
    </message>
    <message>
        <source>Open session...</source>
        <translation>打开会谈记录…</translation>
    </message>
    <message>
        <source>Save session...</source>
        <translation>保存会谈记录…</translation>
    </message>
    <message>
        <source>Copy note for the record</source>
        <translation>复制病历备注</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Load a price book...</source>
        <translation>载入价格表…</translation>
    </message>
    <message>
        <source>Edit prices...</source>
        <translation>编辑价格...</translation>
    </message>
    <message>
        <source>Edit your situation</source>
        <translation>修改您的情况</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Decision to talk about</source>
        <translation>要讨论的决定</translation>
    </message>
    <message>
        <source>Tick 2 or 3 options to compare. The order does not mean any is better.</source>
        <translation>请勾选2或3个选项进行比较。排列顺序不代表哪个更好。</translation>
    </message>
    <message>
        <source>✔ Shown: fits your situation</source>
        <translation>✔ 显示：符合您的情况</translation>
    </message>
    <message>
        <source>⚠ Shown with a caution</source>
        <translation>⚠ 显示，但需注意</translation>
    </message>
    <message>
        <source>✘ Hidden for your situation</source>
        <translation>✘ 不适合您的情况，已隐藏</translation>
    </message>
    <message>
        <source>— choose a decision —</source>
        <translation>— 请选择一个决定 —</translation>
    </message>
    <message>
        <source>Compare {0}</source>
        <translation>比较{0}</translation>
    </message>
    <message>
        <source>⚠ At most 3 options can be compared. Untick one first.</source>
        <translation>⚠ 最多只能比较3个选项，请先取消勾选一个。</translation>
    </message>
    <message>
        <source>⚠ Tick at least 2 options to compare.</source>
        <translation>⚠ 请至少勾选2个选项进行比较。</translation>
    </message>
    <message>
        <source>⚠ Tick at most 3 options, so the table stays readable.</source>
        <translation>⚠ 最多勾选3个选项，这样表格才容易看清。</translation>
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation>请先选择一个决定。</translation>
    </message>
    <message>
        <source>Tick 2 or 3 options to compare.</source>
        <translation>请勾选2或3个选项进行比较。</translation>
    </message>
</context>
<context>
    <name>PersonalWords</name>
    <message>
        <source>{name}: {alive} {alive_word}, {gone} {gone_word} ({breast} {breast_word}, {other} {other_word})</source>
        <translation>{name}：{alive}人{alive_word}，{gone}人{gone_word}（{breast}人{breast_word}，{other}人{other_word}）</translation>
    </message>
    <message>
        <source>{label}, {time_frame}, out of 100 {who}</source>
        <translation>{label}，{time_frame}，每100名{who}中</translation>
    </message>
    <message>
        <source>women like you</source>
        <translation>与您情况相似的女性</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>This content pack has no PREDICT Breast text, so no estimate is shown.</source>
        <translation>此内容包没有 PREDICT Breast 的说明，因此不显示估算。</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Staff only: enter the administrator PIN to leave kiosk mode</source>
        <translation>仅限工作人员：输入管理员密码以退出自助模式</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <source>The PIN is not shown as you type</source>
        <translation>输入时不会显示密码</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出自助模式</translation>
    </message>
    <message>
        <source>Check the PIN and leave kiosk mode</source>
        <translation>核对密码并退出自助模式</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel and go back to the guide</source>
        <translation>取消并回到指南</translation>
    </message>
    <message>
        <source>The guide stays in kiosk mode</source>
        <translation>指南保持自助模式</translation>
    </message>
    <message>
        <source>Only for staff: the guide closes when the PIN is right</source>
        <translation>仅限工作人员：密码正确时指南将关闭</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位数字</translation>
    </message>
    <message>
        <source>Digit {0}</source>
        <translation>数字{0}</translation>
    </message>
    <message>
        <source>Touch keypad for the administrator PIN</source>
        <translation>管理员密码触摸键盘</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {0} seconds.</source>
        <translation>密码错误次数过多，请{0}秒后再试。</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>密码不正确，请再试一次。</translation>
    </message>
</context>
<context>
    <name>PrecisionWords</name>
    <message>
        <source>between {low} and {high} out of 100</source>
        <translation>每100人中{low}到{high}人之间</translation>
    </message>
    <message>
        <source>likely range {low} to {high}</source>
        <translation>可能范围{low}～{high}</translation>
    </message>
    <message>
        <source>the study&apos;s likely range</source>
        <translation>研究给出的可能范围</translation>
    </message>
    <message>
        <source>the likely range for your risk, from the study&apos;s ratio</source>
        <translation>按研究中的比值为您的风险算出的可能范围</translation>
    </message>
    <message>
        <source>; {between} is {where}</source>
        <translation>（{between}，这是{where}）</translation>
    </message>
    <message>
        <source>The study did not report how precise this figure is.</source>
        <translation>研究没有报告这个数字的精确程度。</translation>
    </message>
    <message>
        <source>The study did not report how precise these figures are.</source>
        <translation>研究没有报告这些数字的精确程度。</translation>
    </message>
    <message>
        <source>The studies did not report how precise the other figures are.</source>
        <translation>研究没有报告其他数字的精确程度。</translation>
    </message>
    <message>
        <source>precision not reported</source>
        <translation>未报告精确程度</translation>
    </message>
    <message>
        <source>Compared with {against}, this happened at a rate {change}{period} (likely range in the study: {range}). This compares rates: it is not a number out of 100.</source>
        <translation>与{against}相比，{period}这种情况的发生率{change}（研究中可能的范围：{range}）。这是比较发生率的相对数字，不是每100人中的人数。</translation>
    </message>
    <message>
        <source> {text}</source>
        <translation>{text}，</translation>
    </message>
    <message>
        <source>{n}% lower</source>
        <translation>低{n}%</translation>
    </message>
    <message>
        <source>{n}% higher</source>
        <translation>高{n}%</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>差不多</translation>
    </message>
    <message>
        <source>{a}% to {b}% lower</source>
        <translation>低{a}%～{b}%</translation>
    </message>
    <message>
        <source>{a}% to {b}% higher</source>
        <translation>高{a}%～{b}%</translation>
    </message>
    <message>
        <source>{a}% lower to {b}% higher</source>
        <translation>从低{a}%到高{b}%</translation>
    </message>
    <message>
        <source>{text} ({where})</source>
        <translation>{text}（{where}）</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
</context>
<context>
    <name>PredictWords</name>
    <message>
        <source>PREDICT counts bisphosphonates only after menopause: your profile says you are before menopause, so switch them off here.</source>
        <translation>PREDICT 只在绝经后计算双膦酸盐的获益：您的资料显示尚未绝经，请在此关闭此项。</translation>
    </message>
    <message>
        <source>Age at diagnosis</source>
        <translation>确诊时年龄</translation>
    </message>
    <message>
        <source>Tumour size</source>
        <translation>肿瘤大小</translation>
    </message>
    <message>
        <source>Tumour grade</source>
        <translation>肿瘤分级</translation>
    </message>
    <message>
        <source>Number of positive lymph nodes</source>
        <translation>阳性淋巴结数目</translation>
    </message>
    <message>
        <source>ER status</source>
        <translation>雌激素受体（ER）状态</translation>
    </message>
    <message>
        <source>HER2 status</source>
        <translation>HER2 状态</translation>
    </message>
    <message>
        <source>Ki-67 status</source>
        <translation>Ki-67 状态</translation>
    </message>
    <message>
        <source>PR status</source>
        <translation>孕激素受体（PR）状态</translation>
    </message>
    <message>
        <source>How the cancer was found</source>
        <translation>发现方式</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>化疗</translation>
    </message>
    <message>
        <source>Trastuzumab</source>
        <translation>曲妥珠单抗</translation>
    </message>
    <message>
        <source>Bisphosphonates</source>
        <translation>双膦酸盐</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>放疗</translation>
    </message>
    <message>
        <source>Current smoker</source>
        <translation>目前吸烟</translation>
    </message>
    <message>
        <source>Mean heart dose of radiotherapy</source>
        <translation>放疗的心脏平均剂量</translation>
    </message>
    <message>
        <source>a whole number of years from {0} to {1}</source>
        <translation>{0} 至 {1} 岁之间的整数</translation>
    </message>
    <message>
        <source>from {0} to {1} mm</source>
        <translation>{0} 至 {1} 毫米之间</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1}</source>
        <translation>{0} 至 {1} 之间的整数</translation>
    </message>
    <message>
        <source>from {0} to {1} Gy, or left blank</source>
        <translation>{0} 至 {1} 戈瑞之间，或留空</translation>
    </message>
    <message>
        <source>1, 2, 3, or unknown (? in a form) when it is not known</source>
        <translation>1、2、3，不详时为 unknown（表格中填 ?）</translation>
    </message>
    <message>
        <source>positive, negative</source>
        <translation>阳性或阴性</translation>
    </message>
    <message>
        <source>positive, negative, unknown</source>
        <translation>阳性、阴性或不详</translation>
    </message>
    <message>
        <source>screen, symptoms, unknown</source>
        <translation>筛查发现、因症状发现或不详</translation>
    </message>
    <message>
        <source>0, 2, 3</source>
        <translation>0（无）、2（第二代）或 3（第三代）</translation>
    </message>
    <message>
        <source>{label}: answer yes or no.</source>
        <translation>{label}：请回答是或否。</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label}须为数字。</translation>
    </message>
    <message>
        <source>PREDICT gives no hormone-therapy benefit for ER-negative disease.</source>
        <translation>PREDICT 对雌激素受体阴性的乳腺癌不计算内分泌治疗的获益。</translation>
    </message>
    <message>
        <source>Cannot read the tumour file {path}: {reason}.</source>
        <translation>无法读取肿瘤资料文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The tumour file {path} is not valid TOML: {error}.</source>
        <translation>肿瘤资料文件 {path} 不是有效的 TOML 文件：{error}。</translation>
    </message>
    <message>
        <source>{path}: {message}</source>
        <translation>{path}：{message}</translation>
    </message>
    <message>
        <source>Trastuzumab is modelled only for HER2-positive cancer: set HER2 to positive.</source>
        <translation>模型只对 HER2 阳性乳腺癌计算曲妥珠单抗：请将 HER2 设为阳性。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a tumour or treatment field.</source>
        <translation>“{name}”不是肿瘤或治疗的项目。</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>请填写{label}。</translation>
    </message>
    <message>
        <source>{label} must be {range}.</source>
        <translation>{label}须为{range}。</translation>
    </message>
    <message>
        <source>{label} must be one of: {answers}.</source>
        <translation>{label}须为{answers}。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview of the summary</source>
        <translation>小结预览</translation>
    </message>
    <message>
        <source>Preview of the PDF summary</source>
        <translation>PDF小结预览</translation>
    </message>
</context>
<context>
    <name>PriceBookEditor</name>
    <message>
        <source>Edit prices</source>
        <translation>编辑价格</translation>
    </message>
    <message>
        <source>Enter the prices your clinic uses, with where they come from. Leave a price empty when it is not known: the item is then not priced, and an option that needs it is shown in treatments and visits instead of money. Type a price as digits with a point for decimals (12 or 12.50), without commas or a currency sign.</source>
        <translation>请填写本医院或诊所使用的价格，并注明价格来源。不知道的价格请留空：该项目就没有价格，需要它的选项将显示治疗和就诊次数，而不是费用。价格只填数字，小数用小数点（如12或12.50），不要加逗号或货币符号。</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <source>An empty book</source>
        <translation>空白价格表</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>起始内容：</translation>
    </message>
    <message>
        <source>e.g. City Hospital prices 2027</source>
        <translation>例如：市医院2027年价格</translation>
    </message>
    <message>
        <source>Name of the book:</source>
        <translation>价格表名称：</translation>
    </message>
    <message>
        <source>Prices as of:</source>
        <translation>价格日期：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>e.g. Hospital pharmacy list, March 2027</source>
        <translation>例如：医院药房价目表，2027年3月</translation>
    </message>
    <message>
        <source>Where the prices come from:</source>
        <translation>价格来源：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>for</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Give the book a name.</source>
        <translation>请为价格表命名。</translation>
    </message>
    <message>
        <source>Choose or type the currency of the prices.</source>
        <translation>请选择或填写价格的货币。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a currency code: use three letters such as CNY or GBP.</source>
        <translation>“{0}”不是货币代码：请使用三个字母，例如CNY或GBP。</translation>
    </message>
    <message>
        <source>Say where the prices come from: it is shown with every cost.</source>
        <translation>请注明价格来源：每项费用旁都会显示。</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <source>tablet(s)</source>
        <translation>片</translation>
    </message>
    <message>
        <source>capsule(s)</source>
        <translation>粒</translation>
    </message>
    <message>
        <source>implant(s)</source>
        <translation>支植入剂</translation>
    </message>
    <message>
        <source>injection(s)</source>
        <translation>次注射</translation>
    </message>
    <message>
        <source>dose(s)</source>
        <translation>剂</translation>
    </message>
    <message>
        <source>operation(s)</source>
        <translation>次手术</translation>
    </message>
    <message>
        <source>scan(s)</source>
        <translation>次检查</translation>
    </message>
    <message>
        <source>visit(s)</source>
        <translation>次就诊</translation>
    </message>
    <message>
        <source>Price of {0}</source>
        <translation>{0}的价格</translation>
    </message>
    <message>
        <source>Units the price of {0} covers</source>
        <translation>{0}的价格对应的数量</translation>
    </message>
    <message>
        <source>Unit of {0}</source>
        <translation>{0}的单位</translation>
    </message>
    <message>
        <source>Empty: not priced</source>
        <translation>留空：没有价格</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your situation</source>
        <translation>您的情况</translation>
    </message>
    <message>
        <source>Menopause</source>
        <translation>绝经状态</translation>
    </message>
    <message>
        <source>Stage of the cancer</source>
        <translation>癌症分期</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>年龄（岁）</translation>
    </message>
    <message>
        <source>Years of earlier hormone therapy</source>
        <translation>以前做过几年内分泌治疗</translation>
    </message>
    <message>
        <source>Risk of the cancer coming back (%)</source>
        <translation>复发风险（%）</translation>
    </message>
    <message>
        <source>... over how many years</source>
        <translation>……在多少年内</translation>
    </message>
    <message>
        <source>Share paid by insurance (%)</source>
        <translation>保险支付比例（%）</translation>
    </message>
    <message>
        <source>Has had blood clots</source>
        <translation>曾有血栓</translation>
    </message>
    <message>
        <source>Has thin bones (osteoporosis)</source>
        <translation>有骨质疏松</translation>
    </message>
    <message>
        <source>Has had problems of the womb</source>
        <translation>曾有子宫疾病</translation>
    </message>
    <message>
        <source>Has heart disease</source>
        <translation>有心脏病</translation>
    </message>
    <message>
        <source>Would like a pregnancy later</source>
        <translation>以后想怀孕</translation>
    </message>
    <message>
        <source>Has taken hormone therapy before</source>
        <translation>以前接受过内分泌治疗</translation>
    </message>
    <message>
        <source>Fill in what you know. Only menopause is needed; the rest can stay empty.</source>
        <translation>请填写您知道的内容。只有绝经状态必须填写，其他可以空着。</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Before menopause</source>
        <translation>未绝经</translation>
    </message>
    <message>
        <source>Around menopause</source>
        <translation>围绝经期</translation>
    </message>
    <message>
        <source>After menopause</source>
        <translation>已绝经</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Early (after surgery)</source>
        <translation>早期（手术后）</translation>
    </message>
    <message>
        <source>Advanced or came back</source>
        <translation>晚期或复发</translation>
    </message>
    <message>
        <source>Decisions for your situation</source>
        <translation>适合您情况的决定</translation>
    </message>
    <message>
        <source>Choose your menopause status to see which decisions fit.</source>
        <translation>请选择绝经状态，看看哪些决定适合您。</translation>
    </message>
    <message>
        <source>✔ fits</source>
        <translation>✔ 适合</translation>
    </message>
    <message>
        <source>✘ does not fit</source>
        <translation>✘ 不适合</translation>
    </message>
    <message>
        <source>{0}: {1} — {2}</source>
        <translation>{0}：{1}——{2}</translation>
    </message>
    <message>
        <source>Please correct the field marked with ⚠ first.</source>
        <translation>请先修改标有⚠的项目。</translation>
    </message>
    <message>
        <source>Stage of the disease</source>
        <translation>疾病分期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Risk of the cancer coming back</source>
        <translation>复发风险</translation>
    </message>
    <message>
        <source>Years the risk covers</source>
        <translation>复发风险的年数</translation>
    </message>
    <message>
        <source>Share paid by insurance</source>
        <translation>保险支付比例</translation>
    </message>
    <message>
        <source>Age must be a whole number of years from {0} to {1}.</source>
        <translation>年龄须为{0}到{1}之间的整数。</translation>
    </message>
    <message>
        <source>Years of earlier hormone therapy must be a number of years from {0} to {1}.</source>
        <translation>以前内分泌治疗的年数须在{0}到{1}年之间。</translation>
    </message>
    <message>
        <source>Years the risk covers must be a number of years above {0}, up to {1}.</source>
        <translation>复发风险的年数须大于{0}，最多{1}年。</translation>
    </message>
    <message>
        <source>Risk of the cancer coming back must be a percentage from {0} to {1}.</source>
        <translation>复发风险须为{0}到{1}之间的百分数。</translation>
    </message>
    <message>
        <source>Share paid by insurance must be a percentage from {0} to {1}.</source>
        <translation>保险支付比例须为{0}到{1}之间的百分数。</translation>
    </message>
    <message>
        <source>{0} must be a number, not &apos;{1}&apos;.</source>
        <translation>{0}须填写数字，不能填“{1}”。</translation>
    </message>
    <message>
        <source>{0} must be a number.</source>
        <translation>{0}须填写数字。</translation>
    </message>
    <message>
        <source>{0} must be a whole number.</source>
        <translation>{0}须填写整数。</translation>
    </message>
    <message>
        <source>Give the risk of the cancer coming back together with its years.</source>
        <translation>请同时填写复发风险和对应的年数。</translation>
    </message>
    <message>
        <source>{0} is required.</source>
        <translation>请填写{0}。</translation>
    </message>
    <message>
        <source>{0}: please choose one of the answers.</source>
        <translation>{0}：请从选项中选择一个。</translation>
    </message>
    <message>
        <source>This entry cannot be used.</source>
        <translation>这一项无法使用。</translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <source>not at all</source>
        <translation>完全不重要</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>非常重要</translation>
    </message>
    <message>
        <source>{0}: matters {1} out of 4</source>
        <translation>{0}：重要程度{1}分（满分4分）</translation>
    </message>
</context>
<context>
    <name>RecordNote</name>
    <message>
        <source>{0} ({1}/4)</source>
        <translation>{0}（{1}/4）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>endoaid shared decision-making note</source>
        <translation>endoaid 医患共同决策记录</translation>
    </message>
    <message>
        <source>No decision was discussed.</source>
        <translation>未讨论任何决定。</translation>
    </message>
    <message>
        <source>Decision discussed: {0}</source>
        <translation>讨论的决定：{0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the options compared</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between priorities or concerns</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Options compared: {0}</source>
        <translation>比较的选项：{0}</translation>
    </message>
    <message>
        <source>Her priorities: {0}</source>
        <translation>患者最看重的：{0}</translation>
    </message>
    <message>
        <source>none rated 3 or 4</source>
        <translation>没有评为3或4分的项目</translation>
    </message>
    <message>
        <source>Questions that matter most to her: {0}</source>
        <translation>对她最重要的问题：{0}</translation>
    </message>
    <message>
        <source>Her own concerns: {0}</source>
        <translation>患者自己的顾虑：{0}</translation>
    </message>
    <message>
        <source>{0} {1}. {2}</source>
        <translation>{0}{1}。{2}</translation>
    </message>
    <message>
        <source>Her own estimate: {0}</source>
        <translation>她个人的估算：{0}</translation>
    </message>
    <message>
        <source>Readiness (SURE): {0}</source>
        <translation>决策准备情况（SURE）：{0}</translation>
    </message>
    <message>
        <source>Content version {0}, evidence checked {1}; {2}.</source>
        <translation>内容版本{0}，证据核查于{1}；{2}。</translation>
    </message>
    <message>
        <source>SURE before</source>
        <translation type="vanished">SURE（讨论前）</translation>
    </message>
    <message>
        <source>SURE after</source>
        <translation type="vanished">SURE（讨论后）</translation>
    </message>
    <message>
        <source>{0}: {1}/4</source>
        <translation type="vanished">{0}：{1}/4</translation>
    </message>
    <message>
        <source>Leaning: {0}</source>
        <translation>倾向：{0}</translation>
    </message>
    <message>
        <source>Content version {0}, reviewed {1}.</source>
        <translation type="vanished">内容版本{0}，审阅于{1}。</translation>
    </message>
</context>
<context>
    <name>RecordQuestion</name>
    <message>
        <source>May the clinic keep an anonymous record of how ready you felt?</source>
        <translation>门诊可以匿名记录您做决定时的准备程度吗？</translation>
    </message>
    <message>
        <source>Only the month, the decision, your answers to the four &apos;sure&apos; questions, the options you looked at and leaned to, and the minutes spent. Never your name, age, details or notes. Your answer changes nothing in your care.</source>
        <translation>只记录月份、决定类别、您对四个“把握”问题的回答、您看过和倾向的方案，以及用时。绝不记录您的姓名、年龄、病情信息或笔记。无论您如何回答，都不会影响您的治疗和照护。</translation>
    </message>
    <message>
        <source>Yes, keep it</source>
        <translation>可以，请记录</translation>
    </message>
    <message>
        <source>Yes: the clinic may keep the anonymous record</source>
        <translation>可以：门诊可以保存这条匿名记录</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不可以</translation>
    </message>
    <message>
        <source>No: keep no record</source>
        <translation>不可以：不要保存任何记录</translation>
    </message>
    <message>
        <source>Kept. Thank you.</source>
        <translation>已记录。谢谢您。</translation>
    </message>
    <message>
        <source>Nothing was kept.</source>
        <translation>没有保存任何记录。</translation>
    </message>
    <message>
        <source>The record could not be kept: {0}</source>
        <translation>未能保存记录：{0}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Summary of your decision aid session</source>
        <translation>决策辅助会谈摘要</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>您的情况</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>需要做的决定</translation>
    </message>
    <message>
        <source>Your options side by side</source>
        <translation>选项对比</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>您的问题</translation>
    </message>
    <message>
        <source>Your options in pictures</source>
        <translation>图示</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>对您重要的事</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>重要的事</translation>
    </message>
    <message>
        <source>How much (0 to 4)</source>
        <translation>重要程度（0至4）</translation>
    </message>
    <message>
        <source>meets this</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No ratings were entered.</source>
        <translation>未填写评分。</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Your own concerns</source>
        <translation>您自己的顾虑</translation>
    </message>
    <message>
        <source>Where you are leaning</source>
        <translation>您目前的倾向</translation>
    </message>
    <message>
        <source>Not sure yet.</source>
        <translation>还不确定。</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>未记录。</translation>
    </message>
    <message>
        <source>Ready to decide? (SURE test)</source>
        <translation>准备好做决定了吗？（SURE测试）</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>开始时</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Before: {n} of 4 &apos;yes&apos;.</source>
        <translation>开始时：4题中{n}题回答“是”。</translation>
    </message>
    <message>
        <source>Before: skipped.</source>
        <translation>开始时：已跳过。</translation>
    </message>
    <message>
        <source>Now: {n} of 4 &apos;yes&apos;.</source>
        <translation>现在：4题中{n}题回答“是”。</translation>
    </message>
    <message>
        <source>Now: not answered.</source>
        <translation>现在：未回答。</translation>
    </message>
    <message>
        <source>{n} more &apos;yes&apos; now.</source>
        <translation>现在多了{n}个“是”。</translation>
    </message>
    <message>
        <source>{n} fewer &apos;yes&apos; now.</source>
        <translation>现在少了{n}个“是”。</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Score (out of 4)</source>
        <translation>得分（满分4分）</translation>
    </message>
    <message>
        <source>A score below 4 can mean you would like more information or support.</source>
        <translation>得分低于4分可能表示您需要更多信息或支持。</translation>
    </message>
    <message>
        <source>Your questions for the care team</source>
        <translation>您想问医疗团队的问题</translation>
    </message>
    <message>
        <source>No questions were written down.</source>
        <translation>未写下问题。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>接下来做什么</translation>
    </message>
    <message>
        <source>About this summary</source>
        <translation>关于本摘要</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>编写者</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审阅者</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>内容版本</translation>
    </message>
    <message>
        <source>evidence last checked</source>
        <translation>证据最近核查于</translation>
    </message>
    <message>
        <source>next evidence check due</source>
        <translation>下次证据核查</translation>
    </message>
    <message>
        <source>{page} · content {version}, evidence checked {reviewed} · {review} · not medical advice</source>
        <translation>{page} · 内容版本{version}，证据核查于{reviewed} · {review} · 非医疗建议</translation>
    </message>
    <message>
        <source>not yet clinically reviewed</source>
        <translation>尚未经过临床审阅</translation>
    </message>
    <message>
        <source>last reviewed</source>
        <translation type="vanished">最近审阅</translation>
    </message>
    <message>
        <source>next review due</source>
        <translation type="vanished">下次审阅</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>no local prices set</source>
        <translation>未设置本地价格</translation>
    </message>
    <message>
        <source>endoaid version</source>
        <translation>endoaid版本</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第{n}页，共{total}页</translation>
    </message>
    <message>
        <source>{page} · content {version}, reviewed {reviewed} · not medical advice</source>
        <translation type="vanished">{page} · 内容版本{version}，审阅于{reviewed} · 非医疗建议</translation>
    </message>
    <message>
        <source>This content is past its review date ({due}); some figures may be out of date.</source>
        <translation>本内容已超过审阅日期（{due}），部分数字可能已过时。</translation>
    </message>
    <message>
        <source>Not covered for this option.</source>
        <translation>此选项无相关内容。</translation>
    </message>
    <message>
        <source>{money} over {years} years</source>
        <translation>{years}年共{money}</translation>
    </message>
    <message>
        <source>Over {years} years: {units}</source>
        <translation>{years}年内：{units}</translation>
    </message>
    <message>
        <source>before menopause</source>
        <translation>未绝经</translation>
    </message>
    <message>
        <source>around menopause</source>
        <translation>围绝经期</translation>
    </message>
    <message>
        <source>after menopause</source>
        <translation>已绝经</translation>
    </message>
    <message>
        <source>menopause status not sure</source>
        <translation>绝经状态不确定</translation>
    </message>
    <message>
        <source>early breast cancer, after surgery</source>
        <translation>早期乳腺癌，术后</translation>
    </message>
    <message>
        <source>breast cancer that has come back or spread</source>
        <translation>复发或转移的乳腺癌</translation>
    </message>
    <message>
        <source>age {n}</source>
        <translation>{n}岁</translation>
    </message>
    <message>
        <source>has had blood clots</source>
        <translation>有血栓史</translation>
    </message>
    <message>
        <source>has thin bones (osteoporosis)</source>
        <translation>有骨质疏松</translation>
    </message>
    <message>
        <source>has had problems of the womb</source>
        <translation>有子宫疾病史</translation>
    </message>
    <message>
        <source>has heart disease</source>
        <translation>有心脏病</translation>
    </message>
    <message>
        <source>may want a baby later</source>
        <translation>以后可能想要孩子</translation>
    </message>
    <message>
        <source>has already had hormone therapy</source>
        <translation>已接受过内分泌治疗</translation>
    </message>
    <message>
        <source>your own chance that the cancer comes back, as given by your care team: {percent} out of 100 within {years} years</source>
        <translation>医疗团队给出的复发风险：{years}年内每100人中{percent}人</translation>
    </message>
    <message>
        <source>insurance pays {n}% of costs</source>
        <translation>保险支付{n}%的费用</translation>
    </message>
    <message>
        <source>You: {items}.</source>
        <translation>您的情况：{items}。</translation>
    </message>
    <message>
        <source>Your situation was not entered; the figures are the averages from the studies.</source>
        <translation>未填写个人情况；数字为研究中的平均值。</translation>
    </message>
    <message>
        <source>Your own estimate:</source>
        <translation>您个人的估算：</translation>
    </message>
    <message>
        <source>Worked out from: {items}.</source>
        <translation>计算依据：{items}。</translation>
    </message>
    <message>
        <source>{n} mm</source>
        <translation>{n}毫米</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>at screening</source>
        <translation>筛查发现</translation>
    </message>
    <message>
        <source>from symptoms</source>
        <translation>因症状发现</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>second generation</source>
        <translation>第二代</translation>
    </message>
    <message>
        <source>third generation</source>
        <translation>第三代</translation>
    </message>
    <message>
        <source>What is it like to live with?</source>
        <translation>用这种治疗，生活会是什么样？</translation>
    </message>
    <message>
        <source>What speaks for it?</source>
        <translation>它有哪些好处？</translation>
    </message>
    <message>
        <source>What speaks against it?</source>
        <translation>它有哪些坏处？</translation>
    </message>
    <message>
        <source>Your body:</source>
        <translation>您的身体：</translation>
    </message>
    <message>
        <source>Your feelings:</source>
        <translation>您的心情：</translation>
    </message>
    <message>
        <source>Your daily life and the people around you:</source>
        <translation>您的日常生活和身边的人：</translation>
    </message>
    <message>
        <source>(matters most to you)</source>
        <translation>（对您最重要）</translation>
    </message>
    <message>
        <source>The questions you ticked as mattering most to you come first:</source>
        <translation>您勾选为最重要的问题排在最前面：</translation>
    </message>
    <message>
        <source>Counted in: {who}</source>
        <translation>统计对象：{who}</translation>
    </message>
    <message>
        <source>Not like for like: the figures in this row count different groups of women or different time frames (see under each one).</source>
        <translation>并非同类比较：这一行的数字来自不同的女性群体或不同的时间段（见每个数字下方的说明）。</translation>
    </message>
    <message>
        <source>Words used in this summary</source>
        <translation>本小结中用到的词语</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意思</translation>
    </message>
    <message>
        <source>Out of 100 women: {population}.</source>
        <translation>每100名女性：{population}。</translation>
    </message>
    <message>
        <source>{before} {now}</source>
        <translation>{before}{now}</translation>
    </message>
    <message>
        <source>{before} {now} {change}</source>
        <translation>{before}{now}{change}</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>not yet clinically reviewed</source>
        <translation>尚未经过临床审阅</translation>
    </message>
    <message>
        <source>Reviewed for {0} by {1}, {2} on {3}</source>
        <translation>已由{1}（{2}）为{0}审阅，{3}</translation>
    </message>
    <message>
        <source>The content changed after it was reviewed for {0} on {1}: it needs reviewing again.</source>
        <translation>内容在{1}为{0}审阅之后又有改动，需要重新审阅。</translation>
    </message>
    <message>
        <source>At {0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>certainty: high</source>
        <translation>把握程度：高</translation>
    </message>
    <message>
        <source>certainty: medium</source>
        <translation>把握程度：中</translation>
    </message>
</context>
<context>
    <name>SendToKiosk</name>
    <message>
        <source>The session was not sent</source>
        <translation>咨询记录未发送</translation>
    </message>
    <message>
        <source>Choose the kiosk&apos;s inbox folder first: File &gt; Clinic settings.</source>
        <translation>请先选择自助终端的收件文件夹：文件 &gt; 门诊设置。</translation>
    </message>
    <message>
        <source>Choose a decision first: there is nothing to send yet.</source>
        <translation>请先选择一个决定：目前还没有可发送的内容。</translation>
    </message>
    <message>
        <source>Sent to the kiosk</source>
        <translation>已发送到自助终端</translation>
    </message>
    <message>
        <source>At the kiosk, touch “I have a code from my clinic” and enter:</source>
        <translation>在自助终端上，请点“我有门诊给的代码”，然后输入：</translation>
    </message>
    <message>
        <source>Code for the kiosk: {0}</source>
        <translation>自助终端代码：{0}</translation>
    </message>
    <message>
        <source>It works once, until {0}. Her name and your notes are not in it.</source>
        <translation>此代码只能用一次，有效至 {0}。其中不含她的姓名和您的笔记。</translation>
    </message>
    <message>
        <source>Print the slip...</source>
        <translation>打印纸条...</translation>
    </message>
    <message>
        <source>Your code for the waiting-room kiosk</source>
        <translation>候诊区自助终端代码</translation>
    </message>
    <message>
        <source>Touch “I have a code from my clinic” and enter it.</source>
        <translation>请点“我有门诊给的代码”，然后输入此代码。</translation>
    </message>
    <message>
        <source>It works once, until {0}.</source>
        <translation>只能用一次，有效至 {0}。</translation>
    </message>
</context>
<context>
    <name>SourceButton</name>
    <message>
        <source>Sources {0}</source>
        <translation>来源 {0}</translation>
    </message>
    <message>
        <source>Show sources {0}</source>
        <translation>显示来源 {0}</translation>
    </message>
</context>
<context>
    <name>StandingWords</name>
    <message>
        <source>Who this guide is for</source>
        <translation>本工具适用于谁</translation>
    </message>
    <message>
        <source>Clinical review</source>
        <translation>临床审阅</translation>
    </message>
    <message>
        <source>Reviewed for {clinic} by {name}, {role} on {date}</source>
        <translation>已由{name}（{role}）为{clinic}审阅，{date}</translation>
    </message>
    <message>
        <source>not yet clinically reviewed</source>
        <translation>尚未经过临床审阅</translation>
    </message>
    <message>
        <source>The content changed after it was reviewed for {clinic} on {date}: it needs reviewing again.</source>
        <translation>内容在{date}为{clinic}审阅之后又有改动，需要重新审阅。</translation>
    </message>
    <message>
        <source>Report an error</source>
        <translation>报告错误</translation>
    </message>
    <message>
        <source>At {clinic}: {contact}</source>
        <translation>{clinic}：{contact}</translation>
    </message>
    <message>
        <source>How this guide was made</source>
        <translation>本工具是如何编写的</translation>
    </message>
    <message>
        <source>How the evidence was chosen</source>
        <translation>如何选择证据</translation>
    </message>
    <message>
        <source>How sure each source is</source>
        <translation>每个出处的把握程度</translation>
    </message>
    <message>
        <source>How the Chinese text was made</source>
        <translation>中文内容是如何编写的</translation>
    </message>
    <message>
        <source>How easy it is to read</source>
        <translation>是否容易读懂</translation>
    </message>
    <message>
        <source>Your own figures (PREDICT)</source>
        <translation>您个人的数字（PREDICT）</translation>
    </message>
    <message>
        <source>certainty: high</source>
        <translation>把握程度：高</translation>
    </message>
    <message>
        <source>certainty: medium</source>
        <translation>把握程度：中</translation>
    </message>
    <message>
        <source> ({text})</source>
        <translation>（{text}）</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>第{0}步，共{1}步：{2}</translation>
    </message>
    <message>
        <source>then</source>
        <translation>然后</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>To keep your answers private, everything will be cleared when the time is up. Touch the screen to carry on.</source>
        <translation>为保护您的隐私，时间到后所有内容都会被清除。请触摸屏幕继续。</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>我还在</translation>
    </message>
    <message>
        <source>Yes, I am still here: carry on</source>
        <translation>我还在，继续</translation>
    </message>
    <message>
        <source>Keeps your answers and goes back</source>
        <translation>保留您的回答并返回</translation>
    </message>
    <message>
        <source>Finish and clear now</source>
        <translation>现在结束并清除</translation>
    </message>
    <message>
        <source>Finish and clear everything now</source>
        <translation>现在结束并清除全部内容</translation>
    </message>
    <message>
        <source>Forgets every answer and goes back to the start</source>
        <translation>清除所有回答，回到开头</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>还剩%n秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>小结</translation>
    </message>
    <message>
        <source>Where are you leaning?</source>
        <translation>您现在倾向于哪个选择？</translation>
    </message>
    <message>
        <source>What matters most to you</source>
        <translation>您最看重的事</translation>
    </message>
    <message>
        <source>Your own estimate</source>
        <translation>您个人的估算</translation>
    </message>
    <message>
        <source>Questions for your care team</source>
        <translation>想问医护团队的问题</translation>
    </message>
    <message>
        <source>One question per line.</source>
        <translation>每行写一个问题。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>接下来怎么做</translation>
    </message>
    <message>
        <source>Copy note for the record</source>
        <translation>复制病历备注</translation>
    </message>
    <message>
        <source>Copy a short note for the medical record</source>
        <translation>复制一段简短记录，用于病历</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>还不确定</translation>
    </message>
    <message>
        <source>Leaning towards: {0}</source>
        <translation>倾向于：{0}</translation>
    </message>
    <message>
        <source>{0} (a question you ticked)</source>
        <translation>{0}（您勾选的问题）</translation>
    </message>
    <message>
        <source>Nothing ticked or rated 3 or 4 yet.</source>
        <translation>还没有勾选的问题，也没有评为3或4分的项目。</translation>
    </message>
    <message>
        <source>Nothing rated 3 or 4 yet.</source>
        <translation type="vanished">还没有评为3或4分的项目。</translation>
    </message>
    <message>
        <source>Before: {0} of 4</source>
        <translation type="vanished">讨论前{0}/4</translation>
    </message>
    <message>
        <source>Now: {0} of 4</source>
        <translation type="vanished">现在{0}/4</translation>
    </message>
    <message>
        <source>Ready to decide (SURE): {0}</source>
        <translation>准备好做决定（SURE）：{0}</translation>
    </message>
    <message>
        <source>The note is on the clipboard.</source>
        <translation>记录已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <source>Your summary, as it will be printed</source>
        <translation>您的小结（打印出来的样子）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>关闭小结</translation>
    </message>
    <message>
        <source>Goes back to the printing page</source>
        <translation>回到打印页面</translation>
    </message>
    <message>
        <source>The same text as the pages before: options, what matters to you, questions</source>
        <translation>与前面各页相同的内容：选项、对您重要的事、您的问题</translation>
    </message>
</context>
<context>
    <name>SureBeforePage</name>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Four short questions about how you feel today, before you look at the options. You will see them again at the end. Answer yes or no, or skip them.</source>
        <translation>在看各个选项之前，先回答4个关于您今天感受的简短问题。最后还会再问您一次。请回答“是”或“否”，也可以跳过。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue to the next step</source>
        <translation>继续下一步</translation>
    </message>
    <message>
        <source>Skip these questions</source>
        <translation>跳过这些问题</translation>
    </message>
    <message>
        <source>Skip these questions and go on</source>
        <translation>跳过这些问题，继续</translation>
    </message>
    <message>
        <source>before</source>
        <translation>开始时</translation>
    </message>
</context>
<context>
    <name>SurePage</name>
    <message>
        <source>Ready to decide?</source>
        <translation>准备好做决定了吗？</translation>
    </message>
    <message>
        <source>Answer yes or no for how you feel now. Your answers from the start are shown beside them.</source>
        <translation>请按您现在的感受回答“是”或“否”。旁边显示的是您开始时的回答。</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>开始时</translation>
    </message>
    <message>
        <source>You skipped these questions at the start.</source>
        <translation>开始时您跳过了这些问题。</translation>
    </message>
    <message>
        <source>Answer yes or no. Once before you talk it through, and again at the end.</source>
        <translation type="vanished">请回答“是”或“否”。讨论前回答一次，结束时再回答一次。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="vanished">讨论前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>before</source>
        <translation type="vanished">讨论前</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Before: {0} of 4 answered yes</source>
        <translation type="vanished">讨论前：4题中有{0}题回答“是”</translation>
    </message>
    <message>
        <source>Now: {0} of 4 answered yes</source>
        <translation type="vanished">现在：4题中有{0}题回答“是”</translation>
    </message>
    <message>
        <source>A &apos;no&apos; to any question: it may help to talk more with your care team first.</source>
        <translation>只要有一题回答“否”，先和医护团队多聊聊可能会有帮助。</translation>
    </message>
</context>
<context>
    <name>SureWords</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Before: {0} of 4 &apos;yes&apos;.</source>
        <translation>开始时：4题中{0}题回答“是”。</translation>
    </message>
    <message>
        <source>Before: skipped.</source>
        <translation>开始时：已跳过。</translation>
    </message>
    <message>
        <source>Now: {0} of 4 &apos;yes&apos;.</source>
        <translation>现在：4题中{0}题回答“是”。</translation>
    </message>
    <message>
        <source>Now: not answered yet.</source>
        <translation>现在：还没有回答。</translation>
    </message>
    <message>
        <source>{0} more &apos;yes&apos; now.</source>
        <translation>现在多了{0}个“是”。</translation>
    </message>
    <message>
        <source>{0} fewer &apos;yes&apos; now.</source>
        <translation>现在少了{0}个“是”。</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>没有变化。</translation>
    </message>
</context>
<context>
    <name>TumourSection</name>
    <message>
        <source>Age at diagnosis (years)</source>
        <translation>确诊时年龄（岁）</translation>
    </message>
    <message>
        <source>Tumour size (mm)</source>
        <translation>肿瘤大小（毫米）</translation>
    </message>
    <message>
        <source>Grade (1, 2 or 3)</source>
        <translation type="vanished">分级（1、2 或 3）</translation>
    </message>
    <message>
        <source>Grade (1, 2, 3, or ? if not known)</source>
        <translation>分级（1、2、3，不详填 ?）</translation>
    </message>
    <message>
        <source>Positive lymph nodes</source>
        <translation>阳性淋巴结数目</translation>
    </message>
    <message>
        <source>ER status</source>
        <translation>雌激素受体（ER）状态</translation>
    </message>
    <message>
        <source>PR status</source>
        <translation>孕激素受体（PR）状态</translation>
    </message>
    <message>
        <source>HER2 status</source>
        <translation>HER2 状态</translation>
    </message>
    <message>
        <source>Ki-67</source>
        <translation>Ki-67</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>发现方式</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>化疗</translation>
    </message>
    <message>
        <source>Trastuzumab</source>
        <translation>曲妥珠单抗</translation>
    </message>
    <message>
        <source>Bisphosphonates</source>
        <translation>双膦酸盐</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>放疗</translation>
    </message>
    <message>
        <source>Smokes now</source>
        <translation>目前吸烟</translation>
    </message>
    <message>
        <source>Mean heart dose, Gy (if known)</source>
        <translation>心脏平均剂量，戈瑞（如已知）</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>At screening</source>
        <translation>筛查发现</translation>
    </message>
    <message>
        <source>From symptoms</source>
        <translation>因症状发现</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Second generation (anthracycline)</source>
        <translation>第二代（含蒽环类）</translation>
    </message>
    <message>
        <source>Third generation (with a taxane)</source>
        <translation>第三代（含紫杉类）</translation>
    </message>
    <message>
        <source>Tumour details (for personalised figures)</source>
        <translation>肿瘤资料（用于个人化数字）</translation>
    </message>
    <message>
        <source>Show or hide the tumour details</source>
        <translation>显示或隐藏肿瘤资料</translation>
    </message>
    <message>
        <source>Optional. With age, size, grade, nodes and ER status, the charts, the table and the summary also show an estimate for you from PREDICT Breast.</source>
        <translation>可选填。填写年龄、肿瘤大小、分级、阳性淋巴结数目和 ER 状态后，图表、对比表和小结中还会显示 PREDICT Breast 为您个人所做的估算。</translation>
    </message>
    <message>
        <source>No personalised figures until the field marked ⚠ is corrected.</source>
        <translation>请先改正标有 ⚠ 的项目，才能显示个人化数字。</translation>
    </message>
    <message>
        <source>Fill in age, size, grade, nodes and ER status to see your own figures.</source>
        <translation>填写年龄、肿瘤大小、分级、阳性淋巴结数目和 ER 状态后，即可看到您个人的数字。</translation>
    </message>
    <message>
        <source>Choose a decision to see your own figures.</source>
        <translation>请先选择一项决定，才能看到您个人的数字。</translation>
    </message>
    <message>
        <source>{0}: shown on the charts, side by side and in the summary.</source>
        <translation>{0}：显示在图表、对比表和小结中。</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you entered is still here.</source>
        <translation>出现了意外问题。您输入的内容仍然保留着。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so the guide has started again.</source>
        <translation>出现了意外问题，本指南已重新开始。</translation>
    </message>
    <message>
        <source>Details were written to the log file: {0}</source>
        <translation>详细信息已写入日志文件：{0}</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>What matters to you</source>
        <translation>对您重要的事</translation>
    </message>
    <message>
        <source>How much does each of these matter to you? 0 means not at all, 4 means a lot.</source>
        <translation>下面每一项对您有多重要？0表示完全不重要，4表示非常重要。</translation>
    </message>
    <message>
        <source>Which options meet what matters to you</source>
        <translation>哪些选项符合您看重的事</translation>
    </message>
    <message>
        <source>Add a concern of your own</source>
        <translation>添加您自己的顾虑</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>用您自己的话写</translation>
    </message>
    <message>
        <source>A concern of your own</source>
        <translation>您自己的顾虑</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add this concern</source>
        <translation>添加这条顾虑</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>重要的事</translation>
    </message>
    <message>
        <source>How much (0-4)</source>
        <translation>重要程度（0~4）</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>✔ Yes</source>
        <translation>✔ 符合</translation>
    </message>
    <message>
        <source>— No</source>
        <translation>— 不符合</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the concern: {0}</source>
        <translation>删除这条顾虑：{0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Who this guide is for</source>
        <translation>本工具适用于谁</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Which decision would you like to talk about?</source>
        <translation>您想讨论哪个决定？</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start the guide</source>
        <translation>开始使用指南</translation>
    </message>
    <message>
        <source>I have a code from my clinic</source>
        <translation>我有门诊给的代码</translation>
    </message>
    <message>
        <source>I have a code from my clinic: open the session the clinic sent</source>
        <translation>我有门诊给的代码：打开门诊发来的咨询记录</translation>
    </message>
    <message>
        <source>Talk about: {0}</source>
        <translation>讨论：{0}</translation>
    </message>
    <message>
        <source>Choose a decision to talk about first.</source>
        <translation>请先选择一个要讨论的决定。</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why hormone therapy?</source>
        <translation>为什么要做内分泌治疗？</translation>
    </message>
    <message>
        <source>Estrogen is the key, the receptor is the lock</source>
        <translation>雌激素是钥匙，受体是锁</translation>
    </message>
    <message>
        <source>Way 1: lower the estrogen</source>
        <translation>方法一：减少雌激素</translation>
    </message>
    <message>
        <source>Way 2: block the lock</source>
        <translation>方法二：把锁堵住</translation>
    </message>
    <message>
        <source>Picture: a key (estrogen) fits a lock (receptor) on a cell; the cell grows.</source>
        <translation>图：钥匙（雌激素）插进细胞上的锁（受体），细胞就会生长。</translation>
    </message>
    <message>
        <source>estrogen</source>
        <translation>雌激素</translation>
    </message>
    <message>
        <source>receptor</source>
        <translation>受体</translation>
    </message>
    <message>
        <source>cancer cell</source>
        <translation>癌细胞</translation>
    </message>
    <message>
        <source>Picture: only a faint, crossed-out key is left; the lock stays empty.</source>
        <translation>图：只剩一把淡淡的、被划掉的钥匙，锁是空的。</translation>
    </message>
    <message>
        <source>Picture: the lock is plugged, so the key cannot get in.</source>
        <translation>图：锁被堵住了，钥匙插不进去。</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{0}: yes</source>
        <translation>{0}：是</translation>
    </message>
    <message>
        <source>{0}: no</source>
        <translation>{0}：否</translation>
    </message>
</context>
</TS>
