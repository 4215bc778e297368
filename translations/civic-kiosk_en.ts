<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>FilterSheet</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <message>
        <source>Progress, schedule, budget and who builds them</source>
        <translation>Progress, schedule, budget and who builds them</translation>
    </message>
    <message>
        <source>works in the ward</source>
        <translation>works in the ward</translation>
    </message>
    <message>
        <source>works in the city</source>
        <translation>works in the city</translation>
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
            <numerusform>In %n second the kiosk goes back to the start and clears what you entered.</numerusform><numerusform>In %n seconds the kiosk goes back to the start and clears what you entered.</numerusform></translation>
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
    <name>Main</name>
    <message>
        <source>Build Together, Hải Phòng</source>
        <translation>Build Together, Hải Phòng</translation>
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
    <name>SearchField</name>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
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
    <name>StatusChip</name>
    <message>
        <source>Behind schedule</source>
        <translation>Behind schedule</translation>
    </message>
</context>
</TS>