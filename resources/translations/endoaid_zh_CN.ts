<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Over {0} years: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price book is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost not known: this price book has no price for some items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>her share after insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices: {0}, from {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s numbers as a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost / burden over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can it be undone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of 100 women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance pays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share paid by insurance, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of years to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person-shaped icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show women as person-shaped icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show women as plain squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision and 2 or 3 options first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click ⓘ beside a cell to see where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision and 2 or 3 options first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option in column {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a summary home: the options side by side, the charts, what matters to you, your questions and the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF summary is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick 2 or 3 options to compare side by side. The order does not mean any is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Shown: fits her situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Shown with a caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Hidden for her situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a decision —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Tick at least 2 options to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Tick at most 3 options, so the table stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick 2 or 3 options to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Her situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menopause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of the cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of earlier hormone therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of the cancer coming back (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…over how many years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share paid by insurance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has had blood clots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has thin bones (osteoporosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has had problems of the womb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has heart disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would like a pregnancy later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has taken hormone therapy before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what you know. Only menopause is needed; the rest can stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before menopause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around menopause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After menopause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early (after surgery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced or came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions for her situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose her menopause status to see which decisions fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the field marked with ⚠ first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <source>not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: matters {1} out of 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceButton</name>
    <message>
        <source>ⓘ Sources {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sources {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you leaning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaning towards: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing rated 3 or 4 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {0} of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {0} of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to decide (SURE): {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurePage</name>
    <message>
        <source>Ready to decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer yes or no. Once before you talk it through, and again at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {0} of 4 answered yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {0} of 4 answered yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &apos;no&apos; to any question means it may help to talk more with your care team before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does each of these matter to you? 0 means not at all, 4 means a lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which options meet what matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a concern of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the concern: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which decision would you like to talk about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk about: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision to talk about first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why hormone therapy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estrogen is the key, the receptor is the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way 1: lower the estrogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way 2: block the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: a key (estrogen) fits a lock (the receptor) on a cell, and the cell grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: only a faint, crossed-out key is left; the lock stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: the lock is plugged, so the key cannot get in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
