<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BoardHowSheet</name>
    <message>
        <source>How the board is computed</source>
        <translation>How the board is computed</translation>
    </message>
    <message>
        <source>Each figure is divided per 1,000 residents, so small and large wards compare fairly.</source>
        <translation>Each figure is divided per 1,000 residents, so small and large wards compare fairly.</translation>
    </message>
    <message>
        <source>Wards are compared only with wards of the same kind: urban wards, communes, special zones.</source>
        <translation>Wards are compared only with wards of the same kind: urban wards, communes, special zones.</translation>
    </message>
    <message>
        <source>A ward is placed only with at least %1 records that month.</source>
        <translation>A ward is placed only with at least %1 records that month.</translation>
    </message>
    <message>
        <source>Tiers by quarter of the placed wards: Excellent, Good, Fair, Needs effort. Tied wards share a tier.</source>
        <translation>Tiers by quarter of the placed wards: Excellent, Good, Fair, Needs effort. Tied wards share a tier.</translation>
    </message>
    <message>
        <source>Most improved: the largest rise against the month before.</source>
        <translation>Most improved: the largest rise against the month before.</translation>
    </message>
    <message>
        <source>Only handovers verified by a city officer count. A month is provisional until the 5th of the next month, then it is final and never changes.</source>
        <translation>Only handovers verified by a city officer count. A month is provisional until the 5th of the next month, then it is final and never changes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BoardMeasureCard</name>
    <message>
        <source>Leading</source>
        <translation>Leading</translation>
    </message>
    <message>
        <source>Most improved</source>
        <translation>Most improved</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Movement board</source>
        <translation>Movement board</translation>
    </message>
    <message>
        <source>The board has not reached this kiosk yet.</source>
        <translation>The board has not reached this kiosk yet.</translation>
    </message>
    <message>
        <source>It comes from the city with the next connection. Meanwhile you can see it on your phone with the QR code.</source>
        <translation>It comes from the city with the next connection. Meanwhile you can see it on your phone with the QR code.</translation>
    </message>
    <message>
        <source>Month by month: %1</source>
        <translation>Month by month: %1</translation>
    </message>
    <message>
        <source>tap a figure above to see its months</source>
        <translation>tap a figure above to see its months</translation>
    </message>
    <message>
        <source>Leading among %1</source>
        <translation>Leading among %1</translation>
    </message>
    <message>
        <source>Most improved among %1</source>
        <translation>Most improved among %1</translation>
    </message>
    <message>
        <source>None this month yet.</source>
        <translation>None this month yet.</translation>
    </message>
    <message>
        <source>this ward</source>
        <translation>this ward</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>How it is computed</translation>
    </message>
    <message>
        <source>On your phone</source>
        <translation>On your phone</translation>
    </message>
</context>
<context>
    <name>AttractLoopView</name>
    <message>
        <source>Touch the screen to begin</source>
        <translation>Touch the screen to begin</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Ask staff</source>
        <translation>Ask staff</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>I agree to the processing of my personal data as described above</source>
        <translation>I agree to the processing of my personal data as described above</translation>
    </message>
</context>
<context>
    <name>DescriptionStep</name>
    <message>
        <source>What did you see, and since when? At least 20 characters.</source>
        <translation>What did you see, and since when? At least 20 characters.</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Leave without sending?</source>
        <translation>Leave without sending?</translation>
    </message>
    <message>
        <source>What you entered will be deleted.</source>
        <translation>What you entered will be deleted.</translation>
    </message>
    <message>
        <source>Delete and leave</source>
        <translation>Delete and leave</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>FilterSheet</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>What would you like to give?</source>
        <translation>What would you like to give?</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Donate part of your land for a road or a public work</source>
        <translation>Donate part of your land for a road or a public work</translation>
    </message>
    <message>
        <source>Labour days</source>
        <translation>Labour days</translation>
    </message>
    <message>
        <source>Come and work on the site for some days</source>
        <translation>Come and work on the site for some days</translation>
    </message>
    <message>
        <source>Building materials</source>
        <translation>Building materials</translation>
    </message>
    <message>
        <source>Cement, sand, stone, bricks, steel …</source>
        <translation>Cement, sand, stone, bricks, steel …</translation>
    </message>
    <message>
        <source>Which work is it about?</source>
        <translation>Which work is it about?</translation>
    </message>
    <message>
        <source>Which work is it for?</source>
        <translation>Which work is it for?</translation>
    </message>
    <message>
        <source>Not about a particular work</source>
        <translation>Not about a particular work</translation>
    </message>
    <message>
        <source>Any work in my ward</source>
        <translation>Any work in my ward</translation>
    </message>
    <message>
        <source>How much land, in square metres?</source>
        <translation>How much land, in square metres?</translation>
    </message>
    <message>
        <source>As written on your land-use certificate (sổ đỏ), for example 25 or 12,5.</source>
        <translation>As written on your land-use certificate (sổ đỏ), for example 25 or 12,5.</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>Which plot is it?</source>
        <translation>Which plot is it?</translation>
    </message>
    <message>
        <source>Both numbers are on your land-use certificate.</source>
        <translation>Both numbers are on your land-use certificate.</translation>
    </message>
    <message>
        <source>Plot number (thửa đất số)</source>
        <translation>Plot number (thửa đất số)</translation>
    </message>
    <message>
        <source>Map sheet number (tờ bản đồ số)</source>
        <translation>Map sheet number (tờ bản đồ số)</translation>
    </message>
    <message>
        <source>Where is the land?</source>
        <translation>Where is the land?</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>How many days can you work?</source>
        <translation>How many days can you work?</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>When can you come?</source>
        <translation>When can you come?</translation>
    </message>
    <message>
        <source>What work can you do?</source>
        <translation>What work can you do?</translation>
    </message>
    <message>
        <source>Which materials will you give?</source>
        <translation>Which materials will you give?</translation>
    </message>
    <message>
        <source>What kind of waste did you see?</source>
        <translation>What kind of waste did you see?</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>Where is it?</translation>
    </message>
    <message>
        <source>A street, a building, a landmark — whatever helps the ward find it.</source>
        <translation>A street, a building, a landmark — whatever helps the ward find it.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>What did you see?</source>
        <translation>What did you see?</translation>
    </message>
    <message>
        <source>Do you want to give your name?</source>
        <translation>Do you want to give your name?</translation>
    </message>
    <message>
        <source>Yes, with my name and phone</source>
        <translation>Yes, with my name and phone</translation>
    </message>
    <message>
        <source>The ward can call you back and thank you</source>
        <translation>The ward can call you back and thank you</translation>
    </message>
    <message>
        <source>No, send it without my name</source>
        <translation>No, send it without my name</translation>
    </message>
    <message>
        <source>Nothing about you is kept</source>
        <translation>Nothing about you is kept</translation>
    </message>
    <message>
        <source>What is your full name?</source>
        <translation>What is your full name?</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>What is your mobile phone number?</source>
        <translation>What is your mobile phone number?</translation>
    </message>
    <message>
        <source>Ten digits, for example 0912 345 678.</source>
        <translation>Ten digits, for example 0912 345 678.</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Which residential group or village do you live in?</source>
        <translation>Which residential group or village do you live in?</translation>
    </message>
    <message>
        <source>Residential group or village</source>
        <translation>Residential group or village</translation>
    </message>
    <message>
        <source>May the ward keep your name and phone?</source>
        <translation>May the ward keep your name and phone?</translation>
    </message>
    <message>
        <source>Please check, then send</source>
        <translation>Please check, then send</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Would you like to add a photo?</source>
        <translation>Would you like to add a photo?</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>Entered by staff from a paper form</source>
        <translation>Entered by staff from a paper form</translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Build Together, Hải Phòng</source>
        <translation>Build Together, Hải Phòng</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Together we build modern infrastructure and fight waste</source>
        <translation>Together we build modern infrastructure and fight waste</translation>
    </message>
    <message>
        <source>The movement of %1, 2023–2030 (Plan 51/KH-UBND). See what your ward is building, how far along it is and what it costs.</source>
        <translation>The movement of %1, 2023–2030 (Plan 51/KH-UBND). See what your ward is building, how far along it is and what it costs.</translation>
    </message>
    <message>
        <source>City portal</source>
        <translation>City portal</translation>
    </message>
    <message>
        <source>Scan with your phone</source>
        <translation>Scan with your phone</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Works in the ward</source>
        <translation>Works in the ward</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s): progress, schedule, budget, builders</source>
        <translation>
            <numerusform>%n work: progress, schedule, budget, builders</numerusform>
            <numerusform>%n works: progress, schedule, budget, builders</numerusform>
        </translation>
    </message>
    <message>
        <source>Pledge a contribution</source>
        <translation>Pledge a contribution</translation>
    </message>
    <message>
        <source>Land, labour days or building materials</source>
        <translation>Land, labour days or building materials</translation>
    </message>
    <message>
        <source>Report waste</source>
        <translation>Report waste</translation>
    </message>
    <message>
        <source>Of public money, land, materials or works</source>
        <translation>Of public money, land, materials or works</translation>
    </message>
    <message>
        <source>Movement board</source>
        <translation>Movement board</translation>
    </message>
    <message>
        <source>Fighting waste</source>
        <translation>Fighting waste</translation>
    </message>
    <message>
        <source>Look up a receipt</source>
        <translation>Look up a receipt</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>In %n second(s) the kiosk goes back to the start and clears what you entered.</source>
        <translation>
            <numerusform>In %n second the kiosk goes back to the start and clears what you entered.</numerusform>
            <numerusform>In %n seconds the kiosk goes back to the start and clears what you entered.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>I am still here</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <source>Rural roads</source>
        <translation>Rural roads</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation>Drainage</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>Parks</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Street lighting</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Welfare works</source>
        <translation>Welfare works</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Under construction</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
</context>
<context>
    <name>LoopBoardSlide</name>
    <message>
        <source>Movement board</source>
        <translation>Movement board</translation>
    </message>
</context>
<context>
    <name>LookupAnswer</name>
    <message>
        <source>Asking the city's system…</source>
        <translation>Asking the city's system…</translation>
    </message>
    <message>
        <source>No record has the code %1. Please compare it with your receipt, or ask staff.</source>
        <translation>No record has the code %1. Please compare it with your receipt, or ask staff.</translation>
    </message>
    <message>
        <source>Offline: the city's system cannot be reached now.</source>
        <translation>Offline: the city's system cannot be reached now.</translation>
    </message>
    <message>
        <source>Below is what this kiosk knows about the code; the city may have answered since.</source>
        <translation>Below is what this kiosk knows about the code; the city may have answered since.</translation>
    </message>
    <message>
        <source>This kiosk has no record with the code %1: it was made at another kiosk or not at all. Please try again later.</source>
        <translation>This kiosk has no record with the code %1: it was made at another kiosk or not at all. Please try again later.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>What happened, newest first</source>
        <translation>What happened, newest first</translation>
    </message>
    <message>
        <source>The city replied: “%1”</source>
        <translation>The city replied: “%1”</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>Look up a receipt</source>
        <translation>Look up a receipt</translation>
    </message>
    <message>
        <source>Tap the code printed on your receipt. It has only the letters and digits on the keypad.</source>
        <translation>Tap the code printed on your receipt. It has only the letters and digits on the keypad.</translation>
    </message>
    <message>
        <source>The code is complete and its last character matches. Tap “Look up”.</source>
        <translation>The code is complete and its last character matches. Tap “Look up”.</translation>
    </message>
    <message>
        <source>A code has 8 to 10 characters, for example HC-2345K-M.</source>
        <translation>A code has 8 to 10 characters, for example HC-2345K-M.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Build Together, Hải Phòng</source>
        <translation>Build Together, Hải Phòng</translation>
    </message>
    <message>
        <source>Touch the screen to wake the kiosk</source>
        <translation>Touch the screen to wake the kiosk</translation>
    </message>
</context>
<context>
    <name>MaterialsStep</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>What will you give?</source>
        <translation>What will you give?</translation>
    </message>
    <message>
        <source>Anything else?</source>
        <translation>Anything else?</translation>
    </message>
    <message>
        <source>Which material?</source>
        <translation>Which material?</translation>
    </message>
    <message>
        <source>How much?</source>
        <translation>How much?</translation>
    </message>
    <message>
        <source>Add to my pledge</source>
        <translation>Add to my pledge</translation>
    </message>
</context>
<context>
    <name>NumberStepper</name>
    <message>
        <source>Less</source>
        <translation>Less</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>PeriodStep</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>− 1 week</source>
        <translation>− 1 week</translation>
    </message>
    <message>
        <source>− 1 day</source>
        <translation>− 1 day</translation>
    </message>
    <message>
        <source>+ 1 day</source>
        <translation>+ 1 day</translation>
    </message>
    <message>
        <source>+ 1 week</source>
        <translation>+ 1 week</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>A photo helps the ward see the problem. It is optional: tap Next to go on without one.</source>
        <translation>A photo helps the ward see the problem. It is optional: tap Next to go on without one.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Take it again</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ProgressMeter</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>Planned completion</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>Total investment</translation>
    </message>
    <message>
        <source>Disbursed (%1 %)</source>
        <translation>Disbursed (%1 %)</translation>
    </message>
    <message>
        <source>Project owner</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Scan to open on your phone</source>
        <translation>Scan to open on your phone</translation>
    </message>
    <message>
        <source>Pledge to this work</source>
        <translation>Pledge to this work</translation>
    </message>
    <message>
        <source>Report waste here</source>
        <translation>Report waste here</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual progress</source>
        <translation>Actual progress</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Budget now (adjusted)</source>
        <translation>Budget now (adjusted)</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Disbursed</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>All wards</source>
        <translation>All wards</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n work</numerusform>
            <numerusform>%n works</numerusform>
        </translation>
    </message>
    <message>
        <source>No work matches your search.</source>
        <translation>No work matches your search.</translation>
    </message>
    <message>
        <source>Show all works</source>
        <translation>Show all works</translation>
    </message>
    <message>
        <source>Search works, e.g. “duong” or “cầu”</source>
        <translation>Search works, e.g. “duong” or “cầu”</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Which kind of works?</source>
        <translation>Which kind of works?</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Which stage?</source>
        <translation>Which stage?</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Which ward?</source>
        <translation>Which ward?</translation>
    </message>
</context>
<context>
    <name>ReceiptKeypad</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Printed. Take the paper from the printer.</source>
        <translation>Printed. Take the paper from the printer.</translation>
    </message>
    <message>
        <source>The printer did not print. Please ask staff.</source>
        <translation>The printer did not print. Please ask staff.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>%1 has been recorded. Keep this code to follow what the city does with it:</source>
        <translation>%1 has been recorded. Keep this code to follow what the city does with it:</translation>
    </message>
    <message>
        <source>Scan to follow it on your phone</source>
        <translation>Scan to follow it on your phone</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Look up a receipt</source>
        <translation>Look up a receipt</translation>
    </message>
</context>
<context>
    <name>ReviewRows</name>
    <message>
        <source>Donate land</source>
        <translation>Donate land</translation>
    </message>
    <message>
        <source>Give labour days</source>
        <translation>Give labour days</translation>
    </message>
    <message>
        <source>Donate materials</source>
        <translation>Donate materials</translation>
    </message>
    <message>
        <source>Report waste</source>
        <translation>Report waste</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kind of waste</source>
        <translation>Kind of waste</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>None in particular</source>
        <translation>None in particular</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Plot and map sheet</source>
        <translation>Plot and map sheet</translation>
    </message>
    <message>
        <source>plot %1, map sheet %2</source>
        <translation>plot %1, map sheet %2</translation>
    </message>
    <message>
        <source>Address of the land</source>
        <translation>Address of the land</translation>
    </message>
    <message>
        <source>Labour days</source>
        <translation>Labour days</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Work you can do</source>
        <translation>Work you can do</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>What you saw</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Yes, one photo</source>
        <translation>Yes, one photo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Residential group or village</source>
        <translation>Residential group or village</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
</context>
<context>
    <name>SkillsStep</name>
    <message>
        <source>Tap every kind of work you can do.</source>
        <translation>Tap every kind of work you can do.</translation>
    </message>
    <message>
        <source>Which other work?</source>
        <translation>Which other work?</translation>
    </message>
</context>
<context>
    <name>StaffContentPage</name>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Version shown now</source>
        <translation>Version shown now</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation>From a USB stick</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in, then tap “Look again”.</source>
        <translation>No USB stick found. Plug one in, then tap “Look again”.</translation>
    </message>
    <message>
        <source>No content bundle (a folder with bundle.json) on the USB stick.</source>
        <translation>No content bundle (a folder with bundle.json) on the USB stick.</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
</context>
<context>
    <name>StaffEnrolPage</name>
    <message>
        <source>Linked to the city</source>
        <translation>Linked to the city</translation>
    </message>
    <message>
        <source>Link to the city</source>
        <translation>Link to the city</translation>
    </message>
    <message>
        <source>City hub</source>
        <translation>City hub</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>Type the hub's address and the enrolment code the city gave you (valid once, for 24 hours).</source>
        <translation>Type the hub's address and the enrolment code the city gave you (valid once, for 24 hours).</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Linking …</source>
        <translation>Linking …</translation>
    </message>
    <message>
        <source>Link this kiosk</source>
        <translation>Link this kiosk</translation>
    </message>
    <message>
        <source>Unlink this kiosk</source>
        <translation>Unlink this kiosk</translation>
    </message>
    <message>
        <source>Unlink this kiosk from the city?</source>
        <translation>Unlink this kiosk from the city?</translation>
    </message>
    <message>
        <source>The kiosk stops sending records. Records not yet sent stay here. Linking again needs a new code from the city.</source>
        <translation>The kiosk stops sending records. Records not yet sent stay here. Linking again needs a new code from the city.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
</context>
<context>
    <name>StaffHelpSheet</name>
    <message>
        <source>Need help?</source>
        <translation>Need help?</translation>
    </message>
    <message>
        <source>Please ask at the reception desk of %1: a ward officer will help you use the kiosk.</source>
        <translation>Please ask at the reception desk of %1: a ward officer will help you use the kiosk.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Staff tasks</source>
        <translation>Staff tasks</translation>
    </message>
    <message>
        <source>Sync with the city</source>
        <translation>Sync with the city</translation>
    </message>
    <message>
        <source>Last success, records waiting, errors</source>
        <translation>Last success, records waiting, errors</translation>
    </message>
    <message>
        <source>Link to the city</source>
        <translation>Link to the city</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation>Not linked yet</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>List, search, export to USB</source>
        <translation>List, search, export to USB</translation>
    </message>
    <message>
        <source>Paper pledge</source>
        <translation>Paper pledge</translation>
    </message>
    <message>
        <source>Key in a pledge made on paper</source>
        <translation>Key in a pledge made on paper</translation>
    </message>
    <message>
        <source>Paper waste report</source>
        <translation>Paper waste report</translation>
    </message>
    <message>
        <source>Key in a report made on paper</source>
        <translation>Key in a report made on paper</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Ward, timeout, language, screen</source>
        <translation>Ward, timeout, language, screen</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>The staff PIN of this kiosk</source>
        <translation>The staff PIN of this kiosk</translation>
    </message>
    <message>
        <source>Restart app</source>
        <translation>Restart app</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Leave kiosk</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Leave staff mode</translation>
    </message>
    <message>
        <source>Restart the kiosk app?</source>
        <translation>Restart the kiosk app?</translation>
    </message>
    <message>
        <source>The screen goes dark for a few seconds, then the home screen comes back. Records are kept.</source>
        <translation>The screen goes dark for a few seconds, then the home screen comes back. Records are kept.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Leave kiosk mode?</source>
        <translation>Leave kiosk mode?</translation>
    </message>
    <message>
        <source>The kiosk app closes and the computer's desktop shows. Residents cannot use the kiosk until it is started again.</source>
        <translation>The kiosk app closes and the computer's desktop shows. Residents cannot use the kiosk until it is started again.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message numerus="yes">
        <source>Staff mode · ends after %n idle minute(s)</source>
        <translation>
            <numerusform>Staff mode · ends after %n idle minute</numerusform>
            <numerusform>Staff mode · ends after %n idle minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPinPage</name>
    <message>
        <source>For ward staff only</source>
        <translation>For ward staff only</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Type the current PIN</source>
        <translation>Type the current PIN</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Choose a new PIN</translation>
    </message>
    <message>
        <source>Set the staff PIN</source>
        <translation>Set the staff PIN</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Type the same PIN again</translation>
    </message>
    <message>
        <source>Type your PIN and tap OK. The digits are never shown.</source>
        <translation>Type your PIN and tap OK. The digits are never shown.</translation>
    </message>
    <message>
        <source>%1 to %2 digits, not one digit repeated and not a run such as 123456.</source>
        <translation>%1 to %2 digits, not one digit repeated and not a run such as 123456.</translation>
    </message>
    <message>
        <source>Too many wrong PINs</source>
        <translation>Too many wrong PINs</translation>
    </message>
    <message>
        <source>Locked for %1</source>
        <translation>Locked for %1</translation>
    </message>
    <message>
        <source>Ask another officer, or use kioskctl set-pin on the kiosk's computer.</source>
        <translation>Ask another officer, or use kioskctl set-pin on the kiosk's computer.</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Checking …</translation>
    </message>
</context>
<context>
    <name>StaffRecordsPage</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>The city has it</source>
        <translation>The city has it</translation>
    </message>
    <message>
        <source>Refused, kept for staff</source>
        <translation>Refused, kept for staff</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on this kiosk</source>
        <translation>
            <numerusform>%n record on this kiosk</numerusform>
            <numerusform>%n records on this kiosk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
    <message>
        <source>entered by staff</source>
        <translation>entered by staff</translation>
    </message>
    <message>
        <source>The newest %1 are shown; search by code for the others.</source>
        <translation>The newest %1 are shown; search by code for the others.</translation>
    </message>
    <message>
        <source>Receipt code, e.g. HP-2345K-M</source>
        <translation>Receipt code, e.g. HP-2345K-M</translation>
    </message>
    <message>
        <source>Export all to USB “%1”</source>
        <translation>Export all to USB “%1”</translation>
    </message>
    <message>
        <source>No USB stick: plug one in, then tap here</source>
        <translation>No USB stick: plug one in, then tap here</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Residents without a smartphone can print their receipt. Choose the thermal printer set up in CUPS.</source>
        <translation>Residents without a smartphone can print their receipt. Choose the thermal printer set up in CUPS.</translation>
    </message>
    <message>
        <source>No printer is set up on this kiosk (CUPS). Without one, residents are not offered a printed receipt.</source>
        <translation>No printer is set up on this kiosk (CUPS). Without one, residents are not offered a printed receipt.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>Sound of the videos shown when nobody uses the kiosk</source>
        <translation>Sound of the videos shown when nobody uses the kiosk</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silent</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>The default</translation>
    </message>
    <message>
        <source>With sound</source>
        <translation>With sound</translation>
    </message>
    <message>
        <source>If the ward agrees</source>
        <translation>If the ward agrees</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Ward or commune</source>
        <translation>Ward or commune</translation>
    </message>
    <message>
        <source>Set by the city when the kiosk was linked.</source>
        <translation>Set by the city when the kiosk was linked.</translation>
    </message>
    <message>
        <source>Address on receipts (public URL)</source>
        <translation>Address on receipts (public URL)</translation>
    </message>
    <message>
        <source>Empty: the city's address from the content</source>
        <translation>Empty: the city's address from the content</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Save address</translation>
    </message>
    <message>
        <source>Back to the home screen after no touch for</source>
        <translation>Back to the home screen after no touch for</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Language for each new resident</source>
        <translation>Language for each new resident</translation>
    </message>
    <message>
        <source>Pledges without a name</source>
        <translation>Pledges without a name</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Labour and materials</source>
        <translation>Labour and materials</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Name and phone needed</source>
        <translation>Name and phone needed</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Screen off from</source>
        <translation>Screen off from</translation>
    </message>
    <message>
        <source>Screen on again at</source>
        <translation>Screen on again at</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>In these hours the screen stays black; a touch wakes it for 10 minutes.</source>
        <translation>In these hours the screen stays black; a touch wakes it for 10 minutes.</translation>
    </message>
</context>
<context>
    <name>StaffSyncPage</name>
    <message>
        <source>Not linked to the city</source>
        <translation>Not linked to the city</translation>
    </message>
    <message>
        <source>Refused by the city: link the kiosk again</source>
        <translation>Refused by the city: link the kiosk again</translation>
    </message>
    <message>
        <source>Sending now …</source>
        <translation>Sending now …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync with the city</source>
        <translation>Sync with the city</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>City hub</source>
        <translation>City hub</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Last successful delivery</source>
        <translation>Last successful delivery</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the city, kept for staff</source>
        <translation>Refused by the city, kept for staff</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Behind schedule</source>
        <translation>Behind schedule</translation>
    </message>
</context>
<context>
    <name>SyncLine</name>
    <message>
        <source>Not linked to the city yet</source>
        <translation>Not linked to the city yet</translation>
    </message>
    <message>
        <source>Refused by the city: tell the staff</source>
        <translation>Refused by the city: tell the staff</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n record(s) to send</source>
        <translation>
            <numerusform>Offline · %n record to send</numerusform>
            <numerusform>Offline · %n records to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: waiting for the network</source>
        <translation>Offline: waiting for the network</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n record(s) to the city</source>
        <translation>
            <numerusform>Sending %n record to the city</numerusform>
            <numerusform>Sending %n records to the city</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the city</source>
        <translation>Connected to the city</translation>
    </message>
    <message numerus="yes">
        <source>%n for the staff</source>
        <translation>
            <numerusform>%n for the staff</numerusform>
            <numerusform>%n for the staff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WastePage</name>
    <message>
        <source>Save, fight waste</source>
        <translation>Save, fight waste</translation>
    </message>
    <message>
        <source>What residents of %1 reported and what the city did</source>
        <translation>What residents of %1 reported and what the city did</translation>
    </message>
    <message>
        <source>The city's figures have not reached this kiosk yet. You can still report waste.</source>
        <translation>The city's figures have not reached this kiosk yet. You can still report waste.</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Reports: %1</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>No reports yet.</translation>
    </message>
    <message>
        <source>What the city did</source>
        <translation>What the city did</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Median time to resolve</translation>
    </message>
    <message>
        <source>Published by the city</source>
        <translation>Published by the city</translation>
    </message>
    <message>
        <source>The city has not published a report of this ward yet.</source>
        <translation>The city has not published a report of this ward yet.</translation>
    </message>
    <message>
        <source>Receipt %1 · published %2</source>
        <translation>Receipt %1 · published %2</translation>
    </message>
    <message>
        <source>Report waste</source>
        <translation>Report waste</translation>
    </message>
</context>
</TS>
