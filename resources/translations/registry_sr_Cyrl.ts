<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl" sourcelanguage="en">
<context>
    <name>Administration</name>
    <message>
        <source>User name</source>
        <translation>Корисничко име</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Посљедња пријава</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>деактивиран</translation>
    </message>
    <message>
        <source>active, must choose a password</source>
        <translation>активан, мора изабрати лозинку</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активан</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Кориснички налози запослених</translation>
    </message>
    <message>
        <source>Accounts are never deleted: a deactivated account keeps its history but cannot sign in or be assigned cases.</source>
        <translation>Налози се никад не бришу: деактивиран налог задржава своју историју, али се њиме не може пријавити нити му се могу додијелити предмети.</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Нови налог…</translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation>Постави нову лозинку…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивирај</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Активирај</translation>
    </message>
    <message>
        <source>the centre&apos;s language</source>
        <translation>језик центра</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Нови налог</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Име и презиме:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Корисничко име:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Радно мјесто:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Улога:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Језик:</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Нова лозинка за: %1</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>Почетна лозинка:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Поновите лозинку:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Tell it to the user in person; they must choose their own password when they first sign in.</source>
        <translation>
            <numerusform>Најмање %n знак. Саопштите је кориснику лично; при првој пријави мора изабрати своју лозинку.</numerusform>
            <numerusform>Најмање %n знака. Саопштите је кориснику лично; при првој пријави мора изабрати своју лозинку.</numerusform>
            <numerusform>Најмање %n знакова. Саопштите је кориснику лично; при првој пријави мора изабрати своју лозинку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Двије уписане лозинке се разликују.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Search by name (Latin or Cyrillic), JMBG or case number</source>
        <translation>Тражи по имену (латиница или ћирилица), ЈМБГ-у или броју предмета</translation>
    </message>
    <message>
        <source>Type part of a name, a JMBG or a case number; results follow as you type</source>
        <translation>Упишите дио имена, ЈМБГ или број предмета; резултати се појављују док куцате</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Нови предмет…</translation>
    </message>
    <message>
        <source>Search for the child first, then register a new case (Ctrl+N)</source>
        <translation>Најприје потражите дијете, па упишите нови предмет (Ctrl+N)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Сви статуси</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Отворени предмети</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Сви нивои ризика</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Сва хитност</translation>
    </message>
    <message>
        <source>Any worker</source>
        <translation>Сви водиоци</translation>
    </message>
    <message>
        <source>Any form of violence</source>
        <translation>Сви облици насиља</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Само са прекораченим роком</translation>
    </message>
    <message>
        <source>Open cases with a protocol step past its due date</source>
        <translation>Отворени предмети у којима је рок неког корака протокола прошао</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Поништи филтере</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Учитавање…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Бројање…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) found</source>
        <translation>
            <numerusform>Пронађен %Ln предмет</numerusform>
            <numerusform>Пронађена %Ln предмета</numerusform>
            <numerusform>Пронађено %Ln предмета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %Ln case(s) found, more below</source>
        <translation>
            <numerusform>Приказан %Ln пронађени предмет, има их још испод</numerusform>
            <numerusform>Приказана %Ln пронађена предмета, има их још испод</numerusform>
            <numerusform>Приказано %Ln пронађених предмета, има их још испод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln предмет</numerusform>
            <numerusform>%Ln предмета</numerusform>
            <numerusform>%Ln предмета</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <extracomment>the orders the database can page through (other columns cannot be sorted over a million rows) a search jump to the end reads pages of hits up to this many rows</extracomment>
        <translation>Број предмета</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дијете</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Датум рођења</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Уписан</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ризик</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Хитност</translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation>Водилац предмета</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Касни</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <extracomment>a new query&apos;s first page is in (after a reset) (count, exact): the number of cases the list has, or how many hits so far when not exact whether a page or a count is being read the last page is in after ``jump_to_end`` rows were put in front of the first row (the view keeps its place by scrolling down by this many)</extracomment>
        <translation>Кликните за сортирање по овој колони</translation>
    </message>
    <message>
        <source>Protocol steps past their due date</source>
        <translation>Кораци протокола којима је прошао рок</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol step(s) past the due date</source>
        <translation>
            <numerusform>%n корак протокола са прекораченим роком</numerusform>
            <numerusform>%n корака протокола са прекораченим роком</numerusform>
            <numerusform>%n корака протокола са прекораченим роком</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Centre Case Registry</source>
        <extracomment>the application should end with this exit code a main window was opened (also after a language switch)</extracomment>
        <translation>Регистар предмета центра</translation>
    </message>
    <message>
        <source>The register could not be opened: %1</source>
        <translation>Регистар се не може отворити: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case worker</source>
        <translation>Стручни радник</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководилац</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Auditor (read only)</source>
        <translation>Ревизор (само читање)</translation>
    </message>
    <message>
        <source>Centre Case Registry — %1</source>
        <extracomment>a case should be opened (the case editor connects here) the user picked another interface language the user closed the window (not a rebuild for a language switch or a sign-out)</extracomment>
        <translation>Регистар предмета центра — %1</translation>
    </message>
    <message>
        <source>Centre Case Registry</source>
        <translation>Регистар предмета центра</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигација</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Нови предмет…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Одјава</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Излаз</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Подешавања</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Језик</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>По&amp;моћ</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О програму</translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation>База података са којом овај прозор ради</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Радим…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О програму</translation>
    </message>
    <message>
        <source>Centre Case Registry, version %1</source>
        <translation>Регистар предмета центра, верзија %1</translation>
    </message>
    <message>
        <source>Case register for child protection in centres for social work in Bosnia and Herzegovina.</source>
        <translation>Регистар предмета заштите дјеце у центрима за социјални рад у Босни и Херцеговини.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>The operation failed because of an unexpected error: %1</source>
        <translation>Радња није успјела због неочекиване грешке: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Нешто није у реду</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <extracomment>where each navigation entry goes; unregistered entries are skipped modules whose ``register(registry)`` adds pages; part of the application adds itself here</extracomment>
        <translation>Преглед стања</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Моји предмети</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Сви предмети</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Упућивања</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прекорачени рокови</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Институције</translation>
    </message>
    <message>
        <source>Protocol templates</source>
        <translation>Шаблони протокола</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрација</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <source>Same JMBG</source>
        <translation>Исти ЈМБГ</translation>
    </message>
    <message>
        <source>Same name and date of birth</source>
        <translation>Исто име и датум рођења</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Слично име</translation>
    </message>
    <message>
        <source>New case</source>
        <extracomment>the new case&apos;s id, after it was saved</extracomment>
        <translation>Нови предмет</translation>
    </message>
    <message>
        <source>First check whether the child is already in the register: type the name, the date of birth or the JMBG. Possible duplicates appear below as you type.</source>
        <translation>Најприје провјерите да ли је дијете већ у регистру: упишите име, датум рођења или ЈМБГ. Могући дупликати се појављују испод док куцате.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy.</source>
        <translation>дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Презиме:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Датум рођења:</translation>
    </message>
    <message>
        <source>JMBG:</source>
        <translation>ЈМБГ:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дијете</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Датум рођења</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>ЈМБГ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Предмети</translation>
    </message>
    <message>
        <source>Why it may be the same child</source>
        <translation>Зашто би могло бити исто дијете</translation>
    </message>
    <message>
        <source>Type the family and given name, the date of birth or the JMBG.</source>
        <translation>Упишите презиме и име, датум рођења или ЈМБГ.</translation>
    </message>
    <message>
        <source>New case for the selected child</source>
        <translation>Нови предмет за означено дијете</translation>
    </message>
    <message>
        <source>Continue with a new child</source>
        <translation>Настави са новим дјететом</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Тражим могуће дупликате…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s): if the child is listed, select them and start a new case for them.</source>
        <translation>
            <numerusform>%n могући дупликат: ако је дијете на списку, означите га и отворите му нови предмет.</numerusform>
            <numerusform>%n могућа дупликата: ако је дијете на списку, означите га и отворите му нови предмет.</numerusform>
            <numerusform>%n могућих дупликата: ако је дијете на списку, означите га и отворите му нови предмет.</numerusform>
        </translation>
    </message>
    <message>
        <source>No child in the register matches. Continue with a new child.</source>
        <translation>Ниједно дијете у регистру не одговара. Наставите са новим дјететом.</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Назад на претрагу</translation>
    </message>
    <message>
        <source>Register the case</source>
        <translation>Упиши предмет</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Чување…</translation>
    </message>
    <message>
        <source>13 digits; fills in the date of birth and sex. Leave empty if the child has none.</source>
        <translation>13 цифара; попуњава датум рођења и пол. Оставите празно ако дијете нема ЈМБГ.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>непознато</translation>
    </message>
    <message>
        <source>The child has a disability or developmental difficulty</source>
        <translation>Дијете има инвалидитет или сметње у развоју</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>School or pre-school:</source>
        <translation>Школа или вртић:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Пријава</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>изаберите…</translation>
    </message>
    <message>
        <source>What was reported, by whom and how</source>
        <translation>Шта је пријављено, ко је пријавио и како</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>још није одређен</translation>
    </message>
    <message>
        <source>Report received:</source>
        <translation>Пријава примљена:</translation>
    </message>
    <message>
        <source>Referral source:</source>
        <translation>Извор пријаве:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Хитност:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Ниво ризика:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Облици насиља:</translation>
    </message>
    <message>
        <source>Summary of the report:</source>
        <translation>Сажетак пријаве:</translation>
    </message>
    <message>
        <source>Lead worker:</source>
        <translation>Водилац предмета:</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Подносилац пријаве</translation>
    </message>
    <message>
        <source>Anonymous report: the reporter&apos;s identity is protected</source>
        <translation>Анонимна пријава: идентитет подносиоца је заштићен</translation>
    </message>
    <message>
        <source>e.g. teacher, neighbour, aunt</source>
        <translation>нпр. учитељица, комшија, тетка</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Име и презиме:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>Relation to the child:</source>
        <translation>Однос према дјетету:</translation>
    </message>
    <message>
        <source>A new case for %1, already in the register (cases: %2).</source>
        <translation>Нови предмет за дијете %1, које је већ у регистру (предмети: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) were found; you chose to register a new child. Go back if the child is one of them.</source>
        <translation>
            <numerusform>Пронађен је %n могући дупликат, а изабрали сте упис новог дјетета. Вратите се ако је то исто дијете.</numerusform>
            <numerusform>Пронађена су %n могућа дупликата, а изабрали сте упис новог дјетета. Вратите се ако је дијете једно од њих.</numerusform>
            <numerusform>Пронађено је %n могућих дупликата, а изабрали сте упис новог дјетета. Вратите се ако је дијете једно од њих.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <extracomment>set on the GUI thread once the outcome was handed over (or dropped, for a superseded job) called with (error, details) for failures a job did not handle itself; set by the main window</extracomment>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Молимо сачекајте</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Означи све</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Повећај</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Смањи</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Исијеци</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Налијепи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Означи све</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Исијеци</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копирај адресу &amp;везе</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Налијепи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Означи све</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Centre Case Registry</source>
        <translation>Регистар предмета центра</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Излаз</translation>
    </message>
    <message>
        <source>The register has no user accounts yet. Create the administrator&apos;s account; the administrator then adds the centre&apos;s staff.</source>
        <translation>Регистар још нема корисничких налога. Направите налог администратора; администратор затим додаје запослене у центру.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Име и презиме:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Корисничко име:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Лозинка:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Поновите лозинку:</translation>
    </message>
    <message>
        <source>You signed in with a password the administrator set. Choose your own password now; only you will know it.</source>
        <translation>Пријавили сте се лозинком коју је поставио администратор. Сада изаберите своју лозинку; знаћете је само ви.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Нова лозинка:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Поновите нову лозинку:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s); not your user name, not only digits.</source>
        <translation>
            <numerusform>Најмање %n знак; не ваше корисничко име, не само цифре.</numerusform>
            <numerusform>Најмање %n знака; не ваше корисничко име, не само цифре.</numerusform>
            <numerusform>Најмање %n знакова; не ваше корисничко име, не само цифре.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Изаберите своју лозинку</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Сачувај и настави</translation>
    </message>
    <message>
        <source>First start: create the administrator</source>
        <translation>Прво покретање: налог администратора</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Направи и пријави се</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Пријава</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>button</comment>
        <translation>Пријави се</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Упишите корисничко име.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Провјеравам…</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Двије уписане лозинке се разликују.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Правим налог…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Чување…</translation>
    </message>
    <message>
        <source>Someone has just created the administrator on another computer. Close this window and start the program again to sign in.</source>
        <translation>Неко је управо направио администратора на другом рачунару. Затворите овај прозор и поново покрените програм да бисте се пријавили.</translation>
    </message>
    <message>
        <source>Signing in failed because of an unexpected error: %1</source>
        <translation>Пријава није успјела због неочекиване грешке: %1</translation>
    </message>
</context>
</TS>
