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
        <source>active, waiting after wrong passwords</source>
        <translation>активан, чека после погрешних лозинки</translation>
    </message>
    <message>
        <source>End the wait</source>
        <translation>Укини чекање</translation>
    </message>
    <message>
        <source>After several wrong passwords each sign-in attempt with this name has to wait; end the wait so the owner can sign in at once.</source>
        <translation>После више погрешних лозинки сваки покушај пријаве са овим именом мора да чека; укините чекање да би се власник налога одмах могао пријавити.</translation>
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
    <message>
        <source>Correct the account…</source>
        <translation>Исправи налог…</translation>
    </message>
    <message>
        <source>Correct the name, job title or role</source>
        <translation>Исправите име, радно мјесто или улогу</translation>
    </message>
    <message>
        <source>Correct the account of %1</source>
        <translation>Исправка налога: %1</translation>
    </message>
    <message>
        <source>The change is recorded in the audit trail with the values before and after. A new role takes effect at the user&apos;s next sign-in.</source>
        <translation>Измјена се биљежи у ревизијском трагу с вриједностима прије и послије. Нова улога важи од сљедеће пријаве корисника.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>When</source>
        <extracomment>where the PDF goes (None: a save dialog); tests put a function here</extracomment>
        <translation>Када</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Корисник</translation>
    </message>
    <message>
        <source>system</source>
        <translation>систем</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Радња</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Детаљи</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>сви</translation>
    </message>
    <message>
        <source>all cases</source>
        <translation>сви предмети</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Прикажи</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Корисник:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Број предмета:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Од:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>Older events</source>
        <translation>Старији записи</translation>
    </message>
    <message>
        <source>Print access history of this case…</source>
        <translation>Штампај историјат приступа овом предмету…</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>било који дан</translation>
    </message>
    <message>
        <source>Events shown: %1</source>
        <translation>Приказано записа: %1</translation>
    </message>
    <message>
        <source>Save access history</source>
        <translation>Сачувај историјат приступа</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>ПДФ документи (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Датотека није могла бити сачувана: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сачувано: %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Ревизијски траг</translation>
    </message>
</context>
<context>
    <name>BackupOnClose</name>
    <message>
        <source>Daily backup</source>
        <translation>Дневна резервна копија</translation>
    </message>
    <message>
        <source>Make today&apos;s backup now?</source>
        <translation>Направити данашњу резервну копију сада?</translation>
    </message>
    <message>
        <source>The last backup of the register is more than a day old. It takes a moment and is checked before it is kept.</source>
        <translation>Посљедња резервна копија регистра старија је од једног дана. Прављење траје кратко, а копија се провјерава прије него што се сачува.</translation>
    </message>
    <message>
        <source>Make the backup</source>
        <translation>Направи копију</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сада</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>The backup is made and checked: %1</source>
        <translation>Резервна копија је направљена и провјерена: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Прављење резервне копије није успјело: %1</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Прави се данашња резервна копија…</translation>
    </message>
</context>
<context>
    <name>BreakGlass</name>
    <message>
        <source>Restricted case</source>
        <translation>Предмет са ограниченим приступом</translation>
    </message>
    <message>
        <source>Case %1 is restricted: only its assigned workers and supervisors may see it. To open it anyway, say why. Your reason is recorded in the audit trail and shown to the supervisors.</source>
        <translation>Предмет %1 има ограничен приступ: виде га само задужени стручни радници и руководиоци. Да бисте га ипак отворили, наведите разлог. Разлог се биљежи у ревизорски траг и приказује руководиоцима.</translation>
    </message>
    <message>
        <source>Reason for opening this case</source>
        <translation>Разлог отварања овог предмета</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Најмање %1 знакова.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Отвори предмет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несачуване измјене</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>Овај предмет има измјене које још нису сачуване.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Одбаци измјене</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Остани овдје</translation>
    </message>
    <message>
        <source>No case is open. Open one from a case list (double-click or Enter).</source>
        <translation>Ниједан предмет није отворен. Отворите га са листе предмета (двоклик или Enter).</translation>
    </message>
    <message>
        <source>Child and household</source>
        <translation>Дијете и домаћинство</translation>
    </message>
    <message>
        <source>Report and incidents</source>
        <translation>Пријава и инциденти</translation>
    </message>
    <message>
        <source>Assessment and plan</source>
        <translation>Процјена и план</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Упућивања</translation>
    </message>
    <message>
        <source>Protocol checklist</source>
        <translation>Контролна листа протокола</translation>
    </message>
    <message>
        <source>Measures and placements</source>
        <translation>Мјере и смјештаји</translation>
    </message>
    <message>
        <source>Notes and conferences</source>
        <translation>Биљешке и конференције случаја</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Сагласности</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Затварање</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Ограничен приступ</translation>
    </message>
    <message>
        <source>Only the assigned workers and supervisors see a restricted case; anyone else must give a reason to open it</source>
        <translation>Предмет са ограниченим приступом виде само задужени радници и руководиоци; сви остали морају навести разлог да би га отворили</translation>
    </message>
    <message>
        <source>Save the changes of this case (Ctrl+S)</source>
        <translation>Сачувај измјене овог предмета (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Учитај поново</translation>
    </message>
    <message>
        <source>Read the case again from the database (your unsaved changes are lost)</source>
        <translation>Поново учитај предмет из базе (несачуване измјене се губе)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Штампај</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Резиме предмета…</translation>
    </message>
    <message>
        <source>Protocol checklist…</source>
        <translation>Контролна листа протокола…</translation>
    </message>
    <message>
        <source>Case timeline…</source>
        <translation>Хронологија предмета…</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дијете</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Презиме:</translation>
    </message>
    <message>
        <source>JMBG:</source>
        <translation>ЈМБГ:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Датум рођења:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy.</source>
        <translation>дд.мм.гггг.</translation>
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
        <source>Municipality:</source>
        <translation>Општина:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Школа:</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домаћинство</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Наводни починилац</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законски заступник</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Улога:</translation>
    </message>
    <message>
        <source>Add to the household</source>
        <translation>Додај у домаћинство</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Пријава</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Примљено:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Пријавио:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Хитност:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Ризик:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Облици насиља:</translation>
    </message>
    <message>
        <source>The reporter wants to stay anonymous</source>
        <translation>Пријавилац жели да остане анониман</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>Пријавилац:</translation>
    </message>
    <message>
        <source>Reporter&apos;s contact:</source>
        <translation>Контакт пријавиоца:</translation>
    </message>
    <message>
        <source>Relation to the child:</source>
        <translation>Однос према дјетету:</translation>
    </message>
    <message>
        <source>What was reported:</source>
        <translation>Шта је пријављено:</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденти</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Мјесто</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Облици насиља</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Датум:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Мјесто:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Опис:</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Додај инцидент</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Задужени</translation>
    </message>
    <message>
        <source>Lead worker:</source>
        <translation>Водилац предмета:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Руководилац:</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Процјена:</translation>
    </message>
    <message>
        <source>Protection plan:</source>
        <translation>План заштите:</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Одобри план</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Одобрење:</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус предмета</translation>
    </message>
    <message>
        <source>Move the case on</source>
        <translation>Помјери предмет даље</translation>
    </message>
    <message>
        <source>Next status:</source>
        <translation>Сљедећи статус:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Смјер</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Послато / примљено</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Број протокола</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Рок за одговор</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Одговор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Означи као послато</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>Штампај допис…</translation>
    </message>
    <message>
        <source>Response to the selected referral</source>
        <translation>Одговор на изабрано упућивање</translation>
    </message>
    <message>
        <source>What they answered:</source>
        <translation>Шта су одговорили:</translation>
    </message>
    <message>
        <source>Record the response</source>
        <translation>Евидентирај одговор</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Ново упућивање</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Смјер:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Институција:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Начин:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Разлог:</translation>
    </message>
    <message>
        <source>What is asked:</source>
        <translation>Шта се тражи:</translation>
    </message>
    <message>
        <source>Log the referral</source>
        <translation>Евидентирај упућивање</translation>
    </message>
    <message>
        <source>Note (when done):</source>
        <translation>Биљешка (кад је урађено):</translation>
    </message>
    <message>
        <source>Why not applicable:</source>
        <translation>Зашто није примјењиво:</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Означи као урађено</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Није примјењиво</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мјера</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Смјештај</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Број рјешења</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Мјера:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Од:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>Смјештај:</translation>
    </message>
    <message>
        <source>Decision no.:</source>
        <translation>Број рјешења:</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Додај мјеру</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Биљешке</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Аутор</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Врста:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Додај биљешку</translation>
    </message>
    <message>
        <source>Case conferences</source>
        <translation>Конференције случаја</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Одржана</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Записник</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Одржана:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Учесници:</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Записник:</translation>
    </message>
    <message>
        <source>Add conference</source>
        <translation>Додај конференцију</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Дао/ла</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Сектори</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Сврха</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Повучена</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Повуци изабрану сагласност</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Евидентирај сагласност</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Дао/ла:</translation>
    </message>
    <message>
        <source>Sharing with:</source>
        <translation>Дијељење са:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Сврха:</translation>
    </message>
    <message>
        <source>Record the consent</source>
        <translation>Евидентирај сагласност</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>Затварање предмета</translation>
    </message>
    <message>
        <source>Reason for closing:</source>
        <translation>Разлог затварања:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Напомена:</translation>
    </message>
    <message>
        <source>Why protocol steps stay open:</source>
        <translation>Зашто кораци протокола остају отворени:</translation>
    </message>
    <message>
        <source>Ask the supervisor to close</source>
        <translation>Затражи затварање од руководиоца</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Затвори предмет</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Поновно отварање</translation>
    </message>
    <message>
        <source>Why it is reopened:</source>
        <translation>Зашто се поново отвара:</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Поново отвори предмет</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Одобрио/ла %1, %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Још није одобрен</translation>
    </message>
    <message>
        <source>Closed on %1 (%2).</source>
        <translation>Затворен %1 (%2).</translation>
    </message>
    <message>
        <source>Closure requested (%1); waiting for the supervisor.</source>
        <translation>Затражено затварање (%1); чека руководиоца.</translation>
    </message>
    <message>
        <source>The case is open.</source>
        <translation>Предмет је отворен.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Draft, not sent</source>
        <translation>Нацрт, није послато</translation>
    </message>
    <message>
        <source>Waiting for a response</source>
        <translation>Чека одговор</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Одговорено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сачувано.</translation>
    </message>
    <message>
        <source>The case was not saved: please correct the marked fields.</source>
        <translation>Предмет није сачуван: исправите означена поља.</translation>
    </message>
    <message>
        <source>Save or reload your changes to the case first.</source>
        <translation>Прво сачувајте или поново учитајте измјене предмета.</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Није сачувано: исправите означена поља.</translation>
    </message>
    <message>
        <source>Enter a date as dd.mm.yyyy.</source>
        <translation>Унесите датум као дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Added to the household.</source>
        <translation>Додато у домаћинство.</translation>
    </message>
    <message>
        <source>Incident added.</source>
        <translation>Инцидент додат.</translation>
    </message>
    <message>
        <source>The plan is approved.</source>
        <translation>План је одобрен.</translation>
    </message>
    <message>
        <source>The case moved on.</source>
        <translation>Предмет је помјерен даље.</translation>
    </message>
    <message>
        <source>The case is now restricted.</source>
        <translation>Предмет сада има ограничен приступ.</translation>
    </message>
    <message>
        <source>The case is no longer restricted.</source>
        <translation>Предмет више нема ограничен приступ.</translation>
    </message>
    <message>
        <source>Select a referral in the list first.</source>
        <translation>Прво изаберите упућивање на листи.</translation>
    </message>
    <message>
        <source>No consent covers this referral</source>
        <translation>Ниједна сагласност не покрива ово упућивање</translation>
    </message>
    <message>
        <source>To send it anyway, give the reason; it is recorded.</source>
        <translation>Да бисте га ипак послали, наведите разлог; он се евидентира.</translation>
    </message>
    <message>
        <source>Referral logged.</source>
        <translation>Упућивање евидентирано.</translation>
    </message>
    <message>
        <source>The referral is marked as sent.</source>
        <translation>Упућивање је означено као послато.</translation>
    </message>
    <message>
        <source>The response is recorded.</source>
        <translation>Одговор је евидентиран.</translation>
    </message>
    <message>
        <source>Select a protocol step first.</source>
        <translation>Прво изаберите корак протокола.</translation>
    </message>
    <message>
        <source>The step is done.</source>
        <translation>Корак је урађен.</translation>
    </message>
    <message>
        <source>The step is marked not applicable.</source>
        <translation>Корак је означен као непримјењив.</translation>
    </message>
    <message>
        <source>Measure added.</source>
        <translation>Мјера додата.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Биљешка додата.</translation>
    </message>
    <message>
        <source>Conference added.</source>
        <translation>Конференција додата.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Сагласност евидентирана.</translation>
    </message>
    <message>
        <source>Select a consent in the list first.</source>
        <translation>Прво изаберите сагласност на листи.</translation>
    </message>
    <message>
        <source>The consent is withdrawn.</source>
        <translation>Сагласност је повучена.</translation>
    </message>
    <message>
        <source>Closure requested; the supervisor decides.</source>
        <translation>Затварање затражено; одлучује руководилац.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Предмет је затворен.</translation>
    </message>
    <message>
        <source>The case is reopened.</source>
        <translation>Предмет је поново отворен.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Резиме предмета</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Хронологија предмета</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Допис о упућивању</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Бр.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Корак</translation>
    </message>
    <message>
        <source>Lead sector</source>
        <translation>Водећи сектор</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Урађено</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Није примјењиво: %1</translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation>Урадио/ла %1</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Рок прекорачен</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отворено</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Држављанство:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Разред:</translation>
    </message>
    <message>
        <source>The child has a disability</source>
        <translation>Дијете има инвалидитет</translation>
    </message>
    <message>
        <source>About the disability:</source>
        <translation>О инвалидитету:</translation>
    </message>
    <message>
        <source>Notes about the child:</source>
        <translation>Биљешке о дјетету:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Изаберите…</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it, so your changes were not saved yet. Your input is still in the form.</source>
        <translation>Неко други је сачувао овај предмет након што сте га отворили, па ваше измјене још нису сачуване. Ваш унос је још у обрасцу.</translation>
    </message>
    <message>
        <source>Someone else saved this case in the meantime; the form shows their version, which already has your changes.</source>
        <translation>Неко други је у међувремену сачувао овај предмет; образац приказује њихову верзију, у којој су већ ваше измјене.</translation>
    </message>
    <message>
        <source>The form shows their version; your changes were dropped.</source>
        <translation>Образац приказује њихову верзију; ваше измјене су одбачене.</translation>
    </message>
    <message>
        <source>Nobody else is editing this case now: you can edit it.</source>
        <translation>Нико други сада не уређује овај предмет: можете га уређивати.</translation>
    </message>
    <message>
        <source>Someone else saved this case</source>
        <translation>Неко други је сачувао овај предмет</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. Your changes are not saved yet; the form still shows them.</source>
        <translation>Неко други је сачувао овај предмет након што сте га отворили. Ваше измјене још нису сачуване; образац их и даље приказује.</translation>
    </message>
    <message>
        <source>You both changed: %1. Keep mine saves your value there; take theirs drops your changes.</source>
        <translation>Обоје сте промијенили: %1. „Задржи моје“ ту чува вашу вриједност; „Преузми њихово“ одбацује ваше измјене.</translation>
    </message>
    <message>
        <source>You changed different fields. Keep mine saves your changes and keeps theirs in the fields you did not change.</source>
        <translation>Промијенили сте различита поља. „Задржи моје“ чува ваше измјене, а у пољима која нисте мијењали остају њихове.</translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation>Задржи моје (сачувај преко њиховог)</translation>
    </message>
    <message>
        <source>Take theirs (drop my changes)</source>
        <translation>Преузми њихово (одбаци моје измјене)</translation>
    </message>
    <message>
        <source>Compare field by field…</source>
        <translation>Упореди поље по поље…</translation>
    </message>
    <message>
        <source>Choose for each field which value stays. Fields you both changed are in red.</source>
        <translation>За свако поље изаберите која вриједност остаје. Поља која сте обоје промијенили су црвена.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поље</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Њихова верзија</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша верзија</translation>
    </message>
    <message>
        <source>You both changed this field</source>
        <translation>Обоје сте промијенили ово поље</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(празно)</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>Сачувај изабране вриједности</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>You have this case open in another window (%1) since %2. It is shown here for reading; edit it there, or close it there to edit it here.</source>
        <translation>Овај предмет имате отворен у другом прозору (%1) од %2. Овдје је приказан само за читање; уређујте га тамо, или га тамо затворите да бисте га уређивали овдје.</translation>
    </message>
    <message>
        <source>Being edited by %1 (%2) since %3. You can read the case; you can edit it once they have left it.</source>
        <translation>Предмет уређује %1 (%2) од %3. Можете га читати; уређивати га можете када га та особа напусти.</translation>
    </message>
    <message>
        <source>Print the case summary (Ctrl+P), the checklist or the timeline</source>
        <translation>Штампај сажетак предмета (Ctrl+P), контролну листу или хронологију</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Search: child or parent (either script), JMBG, case number, address, phone</source>
        <translation>Тражи: дијете или родитељ (латиница или ћирилица), ЈМБГ, број предмета, адреса, телефон</translation>
    </message>
    <message>
        <source>Type part of a child&apos;s or parent&apos;s name, a JMBG, a case number, an address, a phone number or a referral&apos;s registry number; results follow as you type</source>
        <translation>Упишите дио имена дјетета или родитеља, ЈМБГ, број предмета, адресу, број телефона или деловодни број упутнице; резултати се појављују док куцате</translation>
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
        <source>Print summaries…</source>
        <translation>Штампај резимее…</translation>
    </message>
    <message>
        <source>Print the summaries of the selected cases in one document</source>
        <translation>Штампај резимее изабраних предмета у једном документу</translation>
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
        <extracomment>a new query&apos;s first page is in (after a reset) (count, exact): the number of cases the list has, or how many hits so far when not exact whether a page or a count is being read the last page is in after ``jump_to_end`` rows were put in front of the first row (the view keeps its place by scrolling down by this many) changes with the query or search only (a jump to the end keeps the count)</extracomment>
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
    <message>
        <source>You see the cases you work on: as lead worker or co-worker, as their supervisor, or registered by you. Ask your supervisor about any other case.</source>
        <translation>Видите предмете на којима радите: као водилац предмета или сарадник, као њихов руководилац, или које сте ви евидентирали. За сваки други предмет обратите се руководиоцу.</translation>
    </message>
    <message>
        <source>The list is empty: there is no case to print.</source>
        <translation>Листа је празна: нема предмета за штампање.</translation>
    </message>
    <message>
        <source>Select the cases to print first (click, Shift+click, or Ctrl+A for every case shown).</source>
        <translation>Прво означите предмете за штампање (клик, Shift+klik или Ctrl+A за све приказане предмете).</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Извоз…</translation>
    </message>
    <message>
        <source>Save the list as it is filtered to Excel (XLSX) or CSV: only the cases you may see</source>
        <translation>Сачувај списак како је филтриран у Excel (XLSX) или CSV: само предмете које смијете видјети</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel радна свеска (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>Извоз списка предмета</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>предмети</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV за Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2</source>
        <translation>Извезено предмета: %1, у датотеку %2</translation>
    </message>
    <message>
        <source>Exporting the case list…</source>
        <translation>Извозим списак предмета…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(no lead worker)</source>
        <translation>(без водиоца предмета)</translation>
    </message>
    <message>
        <source>Worker</source>
        <extracomment>asks before approving (None: a question box); tests put an answer here</extracomment>
        <translation>Стручни радник</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Кораци са прекораченим роком</translation>
    </message>
    <message>
        <source>Unanswered referrals</source>
        <translation>Упућивања без одговора</translation>
    </message>
    <message>
        <source>Of them overdue</source>
        <translation>Од тога са прекораченим роком</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дијете</translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation>Водилац предмета</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Предат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Разлог</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Укупно</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ко</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Наведени разлог</translation>
    </message>
    <message>
        <source>Approve plan</source>
        <translation>Одобри план</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>Одобри затварање</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Освјежи</translation>
    </message>
    <message>
        <source>Late work by lead worker</source>
        <translation>Закашњели послови по водиоцу предмета</translation>
    </message>
    <message>
        <source>Cases by status and risk</source>
        <translation>Предмети по статусу и ризику</translation>
    </message>
    <message>
        <source>Plans waiting for approval</source>
        <translation>Планови који чекају одобрење</translation>
    </message>
    <message>
        <source>Closures waiting for approval</source>
        <translation>Затварања која чекају одобрење</translation>
    </message>
    <message>
        <source>Restricted cases opened by breaking the glass (last 30 days)</source>
        <translation>Предмети са ограниченим приступом отворени уз навођење разлога (посљедњих 30 дана)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобри</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Approve the protection plan of case %1?</source>
        <translation>Одобрити план заштите за предмет %1?</translation>
    </message>
    <message>
        <source>Close case %1 as its worker asked?</source>
        <translation>Затворити предмет %1 како је предложио стручни радник?</translation>
    </message>
    <message>
        <source>Approve the protection plan of case %1 (%2)?</source>
        <translation>Одобрити план заштите предмета %1 (%2)?</translation>
    </message>
    <message>
        <source>The protection plan of case %1 is approved.</source>
        <translation>План заштите предмета %1 је одобрен.</translation>
    </message>
    <message>
        <source>Case %1 is closed.</source>
        <translation>Предмет %1 је затворен.</translation>
    </message>
    <message>
        <source>Deadlines of the last 90 days by sector</source>
        <translation>Рокови из посљедњих 90 дана по секторима</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>упутнице</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>кораци</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>на вријеме</translation>
    </message>
    <message>
        <source>late</source>
        <translation>са закашњењем</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>отворено, рок прошао</translation>
    </message>
    <message>
        <source>Nothing was due in the last 90 days.</source>
        <translation>Ништа није имало рок у посљедњих 90 дана.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The register is locked</source>
        <translation>Регистар је закључан</translation>
    </message>
    <message>
        <source>Nobody used it for a while. %1, enter your password to go on; nothing you typed is lost.</source>
        <translation>Нико га није користио неко вријеме. %1, унесите лозинку да наставите; ништа од унесеног није изгубљено.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Откључај</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Одјава</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Закључавање због неактивности</translation>
    </message>
    <message>
        <source>After this many minutes without keyboard or mouse input, every user must enter their password again. Nothing they typed is lost.</source>
        <translation>Након оволико минута без коришћења тастатуре или миша сваки корисник мора поново унијети лозинку. Ништа од унесеног се не губи.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
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
        <source>Lock after:</source>
        <translation>Закључај након:</translation>
    </message>
    <message>
        <source>&amp;Idle lock…</source>
        <translation>&amp;Закључавање због неактивности…</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Edit institution</source>
        <translation>Измјена институције</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Нова институција</translation>
    </message>
    <message>
        <source>Active (offered for new referrals)</source>
        <translation>Активна (нуди се за нова упућивања)</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>institution</comment>
        <translation>Назив:</translation>
    </message>
    <message>
        <source>Name in Cyrillic:</source>
        <translation>Назив ћирилицом:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Сектор:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Општина:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Е-маил:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Контакт особа:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Напомене:</translation>
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
        <source>Close this window, find the institution in the list again and repeat your change; copy what you typed first if it is long.</source>
        <translation>Затворите овај прозор, поново пронађите институцију на списку и поновите измјену; ако је унос дуг, прво га копирајте.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>institution</comment>
        <translation>Назив</translation>
    </message>
    <message>
        <source>active</source>
        <comment>institution</comment>
        <translation>активна</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>institution</comment>
        <translation>деактивирана</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Општина</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контакт особа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <source>all sectors</source>
        <translation>сви сектори</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>Прикажи деактивиране</translation>
    </message>
    <message>
        <source>New institution…</source>
        <translation>Нова институција…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Измијени…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивирај</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Активирај</translation>
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
    <message>
        <source>The database this window works on: %1</source>
        <translation>База са којом ради овај прозор: %1</translation>
    </message>
    <message>
        <source>Register on this computer: %1</source>
        <translation>Регистар на овом рачунару: %1</translation>
    </message>
    <message>
        <source>Register in memory (nothing is kept)</source>
        <translation>Регистар у меморији (ништа се не чува)</translation>
    </message>
    <message>
        <source>Register on the server %1 (database %2)</source>
        <translation>Регистар на серверу %1 (база %2)</translation>
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
    <message>
        <source>Sarajevo time (%1)</source>
        <translation>вријеме у Сарајеву (%1)</translation>
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
    <name>PrintPreview</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>(session, language) -&gt; (pdf bytes, pages) (session, language, pages) -&gt; None: record_printed for what was printed</extracomment>
        <translation>Сачувај као ПДФ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ПДФ фајлови (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <extracomment>replaceable: (printer, parent) -&gt; a dialog whose exec() says whether to print replaceable: (parent, suggested file name) -&gt; chosen path (&quot;&quot; to cancel)</extracomment>
        <translation>Преглед прије штампе — %1</translation>
    </message>
    <message>
        <source>The language and script of the printed document</source>
        <translation>Језик и писмо штампаног документа</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Штампај…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сачувај као ПДФ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Језик документа:</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Припрема документа…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n странице</numerusform>
            <numerusform>%n страница</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Послато на штампач.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Сачувано као %1.</translation>
    </message>
    <message numerus="yes">
        <source>Summaries of %n case(s)</source>
        <translation>
            <numerusform>Резимеи %n предмета</numerusform>
            <numerusform>Резимеи %n предмета</numerusform>
            <numerusform>Резимеи %n предмета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing the summaries of %n case(s)…</source>
        <translation>
            <numerusform>Припрема резимеа %n предмета…</numerusform>
            <numerusform>Припрема резимеа %n предмета…</numerusform>
            <numerusform>Припрема резимеа %n предмета…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Датотека није могла бити сачувана: %1</translation>
    </message>
</context>
<context>
    <name>ProtocolTemplates</name>
    <message>
        <source>report received</source>
        <translation>пријем пријаве</translation>
    </message>
    <message>
        <source>case registered</source>
        <translation>евидентирање предмета</translation>
    </message>
    <message>
        <source>plan approved</source>
        <translation>одобрење плана</translation>
    </message>
    <message>
        <source>after step %1</source>
        <translation>након корака %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Корак</translation>
    </message>
    <message>
        <source>no fixed deadline</source>
        <translation>без утврђеног рока</translation>
    </message>
    <message>
        <source>hours after the trigger</source>
        <translation>сати након почетка</translation>
    </message>
    <message>
        <source>hours by urgency</source>
        <translation>сати према хитности</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <translation>не понавља се</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Обавезан</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Шифра:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назив:</translation>
    </message>
    <message>
        <source>Lead sectors:</source>
        <translation>Надлежни сектори:</translation>
    </message>
    <message>
        <source>Notified sectors:</source>
        <translation>Обавјештавају се:</translation>
    </message>
    <message>
        <source>Starts with:</source>
        <translation>Почиње од:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Рок:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Сати:</translation>
    </message>
    <message>
        <source>Hours by urgency:</source>
        <translation>Сати према хитности:</translation>
    </message>
    <message>
        <source>Repeat every (days):</source>
        <translation>Понавља се сваких (дана):</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Правни основ:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Верзија</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Важи од</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Корака</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Шифра</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Надлежни</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Почиње од</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>New version from this one</source>
        <translation>Нова верзија на основу ове</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Додај корак</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Уклони корак</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Сачувај као нову верзију</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Одбаци нацрт</translation>
    </message>
    <message>
        <source>A saved version is never changed. Cases keep the checklist of the version they started under; new cases follow the version valid on the day their report came in.</source>
        <translation>Сачувана верзија се никад не мијења. Предмети задржавају контролну листу верзије по којој су започети; нови предмети слиједе верзију која важи на дан пријема пријаве.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Верзије</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Важи од:</translation>
    </message>
    <message>
        <source>Version %1 saved.</source>
        <translation>Верзија %1 је сачувана.</translation>
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
    <name>ReferralLog</name>
    <message>
        <source>Record response</source>
        <translation>Евидентирај одговор</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Предмет %1 — %2</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Примљен:</translation>
    </message>
    <message>
        <source>What the answer says:</source>
        <translation>Садржај одговора:</translation>
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
        <source>any</source>
        <translation>било који</translation>
    </message>
    <message>
        <source>all referrals</source>
        <translation>сва упућивања</translation>
    </message>
    <message>
        <source>waiting for response</source>
        <translation>чекају одговор</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>рок прекорачен</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>одговорено</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Смјер:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Прикажи:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Сектор:</translation>
    </message>
    <message>
        <source>Lead worker:</source>
        <translation>Водилац предмета:</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Евидентирај одговор…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Отвори предмет</translation>
    </message>
    <message>
        <source>Red with a warning sign: the response deadline has passed. Brown: sent, waiting for the response.</source>
        <translation>Црвено са знаком упозорења: рок за одговор је истекао. Браон: послато, чека се одговор.</translation>
    </message>
    <message>
        <source>Referrals shown: %1</source>
        <translation>Приказано упућивања: %1</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>&quot;overdue&quot;, &quot;unanswered&quot; or the referral&apos;s status</extracomment>
        <translation>Стање</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Смјер</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Послато / примљено</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Рок за одговор</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Одговор</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Деловодни број</translation>
    </message>
    <message>
        <source>Response overdue</source>
        <translation>Рок прекорачен</translation>
    </message>
    <message>
        <source>Waiting for response</source>
        <translation>Чека одговор</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Одговорено</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Нацрт</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Примљено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дијете</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Тражи:</translation>
    </message>
    <message>
        <source>Registry number, child, parent, address or phone</source>
        <translation>Деловодни број, дијете, родитељ, адреса или телефон</translation>
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
<context>
    <name>Import</name>
    <message>
        <source>A different child</source>
        <translation>Друго дијете</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Већ у регистру</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Уписано у регистру</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Прекинуто: ништа није уписано.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Check the columns, then press Check.</source>
        <translation>Провјерите колоне, затим притисните Провјери.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Провјери</translation>
    </message>
    <message>
        <source>Child in the file</source>
        <translation>Дијете у датотеци</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Изабери датотеку…</translation>
    </message>
    <message>
        <source>Choose the encoding in which the letters read right:</source>
        <translation>Изаберите кодирање у којем се слова исправно читају:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Изаберите датотеку за увоз</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Преузми образац…</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодирање:</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Грешке</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel радна свеска (*.xlsx)</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx), or CSV files: one, or one per sheet of a history (cases, household, referrals).</source>
        <translation>Excel радна свеска (.xlsx) или CSV датотеке: једна, или по једна за сваки лист евиденције (предмети, домаћинство, упућивања).</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Пронађено по</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Увоз</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>ЈМБГ</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>New case of this child</source>
        <translation>Нови предмет овог дјетета</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <source>Ready: %1 cases to write (%2 of children already registered), %3 skipped.</source>
        <translation>Спремно: предмета за упис %1 (од тога већ уписане дјеце %2), прескочено %3.</translation>
    </message>
    <message>
        <source>Rows with errors: %1. Nothing will be written until they are corrected in the file.</source>
        <translation>Редова са грешкама: %1. Ништа се не уписује док се не исправе у датотеци.</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Сачувај образац за увоз</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Сепаратор:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Прескочи ред</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Табеле (*.xlsx *.csv *.txt *.tsv);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Образац сачуван: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Датотека се не може прочитати: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Шта урадити</translation>
    </message>
    <message>
        <source>Writing the cases…</source>
        <translation>Уписивање предмета…</translation>
    </message>
    <message>
        <source>name and birth date</source>
        <translation>имену и датуму рођења</translation>
    </message>
    <message>
        <source>read as %1, separated by “%2”</source>
        <translation>прочитано као %1, одвојено знаком „%2”</translation>
    </message>
    <message>
        <source>sheets left out: %1</source>
        <translation>изостављени листови: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табулатор</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>аутоматски</translation>
    </message>
    <message>
        <source>the same case</source>
        <translation>исти предмет</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не увози се —</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1250</source>
        <translation>Windows-1250</translation>
    </message>
    <message>
        <source>ISO-8859-2</source>
        <translation>ISO-8859-2</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>New in the institution directory: %1.</source>
        <translation>Ново у именику институција: %1.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Reopen…</source>
        <translation>Поново отвори…</translation>
    </message>
    <message>
        <source>Open again a step marked done or not applicable by mistake (a reason is asked and kept)</source>
        <translation>Поново отворите корак грешком означен као завршен или непримјењив (тражи се разлог, који се чува)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправи…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Историја…</translation>
    </message>
    <message>
        <source>This step is open: there is nothing to reopen.</source>
        <translation>Овај корак је отворен: нема шта да се поново отвори.</translation>
    </message>
    <message>
        <source>Reopen the step</source>
        <translation>Поново отворите корак</translation>
    </message>
    <message>
        <source>Why is the step %1 open again? The reason is kept in its history.</source>
        <translation>Зашто је корак %1 поново отворен? Разлог се чува у његовој историји.</translation>
    </message>
    <message>
        <source>The step is open again.</source>
        <translation>Корак је поново отворен.</translation>
    </message>
    <message>
        <source>This step is open: mark it done or not applicable instead.</source>
        <translation>Овај корак је отворен: означите га као завршен или непримјењив.</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Завршено:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Напомена:</translation>
    </message>
    <message>
        <source>Correct a protocol step</source>
        <translation>Исправка корака протокола</translation>
    </message>
    <message>
        <source>The step is corrected.</source>
        <translation>Корак је исправљен.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Историја: %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Уклони…</translation>
    </message>
    <message>
        <source>a household member</source>
        <translation>члана домаћинства</translation>
    </message>
    <message>
        <source>Lives in the household</source>
        <translation>Живи у домаћинству</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Напомене:</translation>
    </message>
    <message>
        <source>Correct a household member</source>
        <translation>Исправка члана домаћинства</translation>
    </message>
    <message>
        <source>The household member is corrected.</source>
        <translation>Члан домаћинства је исправљен.</translation>
    </message>
    <message>
        <source>Remove from the household</source>
        <translation>Уклањање из домаћинства</translation>
    </message>
    <message>
        <source>Why is %1 no longer part of this household? The reason is kept in the history.</source>
        <translation>Зашто %1 више није дио овог домаћинства? Разлог се чува у историји.</translation>
    </message>
    <message>
        <source>Removed from the household.</source>
        <translation>Уклоњено из домаћинства.</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>сагласност</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Correct a consent</source>
        <translation>Исправка сагласности</translation>
    </message>
    <message>
        <source>The consent is corrected.</source>
        <translation>Сагласност је исправљена.</translation>
    </message>
    <message>
        <source>History of the consent</source>
        <translation>Историја сагласности</translation>
    </message>
    <message>
        <source>Change what was entered wrongly. What it said before stays in the record&apos;s history and in the audit trail.</source>
        <translation>Промијените оно што је погрешно уписано. Оно што је раније писало остаје у историји записа и у ревизијском трагу.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Сачувај исправку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>dd.mm.yyyy. hh:mm</source>
        <translation>дд.мм.гггг. сс:мм</translation>
    </message>
    <message>
        <source>Enter a date as dd.mm.yyyy. (a time as hh:mm may follow).</source>
        <translation>Унесите датум као дд.мм.гггг. (може слиједити вријеме као сс:мм).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ништа није промијењено.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ко</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Шта се десило</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Прије</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Послије</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Чита се историја…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Corrections: %1</source>
        <translation>Исправки: %1</translation>
    </message>
    <message>
        <source>Never corrected.</source>
        <translation>Није исправљано.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>ЈМБГ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Датум рођења</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Наводни починилац</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законски заступник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Биљешке</translation>
    </message>
    <message>
        <source>Date approximate</source>
        <translation>Датум приближан</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Мјесто</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Облици насиља</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Повреде</translation>
    </message>
    <message>
        <source>Police informed</source>
        <translation>Полиција обавијештена</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мјера</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Број рјешења</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Смјештај</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Одлучио</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Одржано</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Записник</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Одлуке</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Дао/ла</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Сектори</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Сврха</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Начин</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Хитност</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Разлог</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Шта се тражи</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Број протокола</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контакт особа</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Рок за одговор</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Одговор примљен</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Одговор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Послато / примљено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Напомена</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Урађено</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Није примјењиво</translation>
    </message>
    <message>
        <source>Why not applicable</source>
        <translation>Зашто није примјењиво</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Радно мјесто</translation>
    </message>
    <message>
        <source>a measure</source>
        <translation>мјеру</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Одлучио:</translation>
    </message>
    <message>
        <source>Correct a measure</source>
        <translation>Исправка мјере</translation>
    </message>
    <message>
        <source>The measure is corrected.</source>
        <translation>Мјера је исправљена.</translation>
    </message>
    <message>
        <source>History of the measure</source>
        <translation>Историја мјере</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Раније верзије…</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>биљешку</translation>
    </message>
    <message>
        <source>a conference</source>
        <translation>конференцију</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Када:</translation>
    </message>
    <message>
        <source>Correct a note</source>
        <translation>Исправка биљешке</translation>
    </message>
    <message>
        <source>The note is corrected; its earlier text is kept in its history.</source>
        <translation>Биљешка је исправљена; ранији текст се чува у њеној историји.</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Одлуке:</translation>
    </message>
    <message>
        <source>Correct conference minutes</source>
        <translation>Исправка записника с конференције</translation>
    </message>
    <message>
        <source>The minutes are corrected; the earlier text is kept in their history.</source>
        <translation>Записник је исправљен; ранији текст се чува у његовој историји.</translation>
    </message>
    <message>
        <source>Earlier versions of the note</source>
        <translation>Раније верзије биљешке</translation>
    </message>
    <message>
        <source>Earlier versions of the minutes</source>
        <translation>Раније верзије записника</translation>
    </message>
    <message>
        <source>Select %1 in the list first.</source>
        <translation>Прво означите %1 у листи.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>Cancel the referral…</source>
        <translation>Откажи упућивање…</translation>
    </message>
    <message>
        <source>Registry no.:</source>
        <translation>Број протокола:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Контакт особа:</translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation>Рок за одговор:</translation>
    </message>
    <message>
        <source>Correct a referral</source>
        <translation>Исправка упућивања</translation>
    </message>
    <message>
        <source>The referral is corrected.</source>
        <translation>Упућивање је исправљено.</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>Отказивање упућивања</translation>
    </message>
    <message>
        <source>Why is this referral cancelled? It stays in the log as cancelled, with the reason.</source>
        <translation>Зашто се ово упућивање отказује? Остаје у књизи као отказано, с разлогом.</translation>
    </message>
    <message>
        <source>The referral is cancelled.</source>
        <translation>Упућивање је отказано.</translation>
    </message>
    <message>
        <source>History of the referral</source>
        <translation>Историја упућивања</translation>
    </message>
    <message>
        <source>an incident</source>
        <translation>инцидент</translation>
    </message>
    <message>
        <source>History of the incident</source>
        <translation>Историја инцидента</translation>
    </message>
    <message>
        <source>The date is approximate</source>
        <translation>Датум је приближан</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Облици насиља:</translation>
    </message>
    <message>
        <source>Correct an incident</source>
        <translation>Исправка инцидента</translation>
    </message>
    <message>
        <source>The incident is corrected.</source>
        <translation>Инцидент је исправљен.</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Уписано</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправљено</translation>
    </message>
    <message>
        <source>Removed from the household</source>
        <translation>Уклоњен из домаћинства</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Означено као урађено</translation>
    </message>
    <message>
        <source>Marked not applicable</source>
        <translation>Означено као непримјењиво</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Поново отворено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Послато</translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation>Уписан одговор</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Повучена</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Измијењено</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Month</source>
        <translation>Мјесец</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тромјесечје</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Полугодиште</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Други датуми</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Раније</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Касније ▶</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Прикажи</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>ПДФ извјештај…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Радна свеска…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Anonymised: small counts are hidden, as in every copy that leaves the centre. The export is recorded.</source>
        <translation>Анонимизовано: мали бројеви су скривени, као у сваком примјерку који напушта центар. Извоз се биљежи.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>од</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Извоз:</translation>
    </message>
    <message>
        <source>The figures of your own cases.</source>
        <translation>Подаци ваших предмета.</translation>
    </message>
    <message>
        <source>The centre&apos;s own figures, small counts included: for its staff only. Exports hide small counts.</source>
        <translation>Подаци центра са малим бројевима: само за његово особље. Извози скривају мале бројеве.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Табеле</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графикони</translation>
    </message>
    <message>
        <source>Compliance by sector</source>
        <translation>Поштовање рокова по секторима</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Квалитет података</translation>
    </message>
    <message>
        <source>Click a figure to list the cases behind it.</source>
        <translation>Кликните на број да видите предмете иза њега.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дијете</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Пријављено</translation>
    </message>
    <message>
        <source>Outgoing referrals whose response was due in the period, and protocol steps due in it, by the sector that owed them: answered or done by the deadline, after it, or still open past it. Days: from sending (or the step&apos;s start) to the answer.</source>
        <translation>Упућене упутнице чији је рок за одговор био у периоду и кораци протокола са роком у периоду, по сектору који их је дуговао: одговорено или урађено до рока, послије рока, или још отворено а рок је прошао. Дани: од слања (или почетка корака) до одговора.</translation>
    </message>
    <message>
        <source>Records the figures cannot use as they are. Never exported; double-click a case to correct it.</source>
        <translation>Записи које статистика не може користити такве какви јесу. Никад се не извозе; двапут кликните на предмет да га исправите.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период се завршава прије него што почиње.</translation>
    </message>
    <message>
        <source>Counting the period&apos;s cases…</source>
        <translation>Бројање предмета из периода…</translation>
    </message>
    <message>
        <source>Click to list the cases behind this figure</source>
        <translation>Кликните да видите предмете иза овог броја</translation>
    </message>
    <message>
        <source>No case here that you may open.</source>
        <translation>Овдје нема предмета које смијете отворити.</translation>
    </message>
    <message>
        <source>The first %1 of %2 cases; double-click one to open it.</source>
        <translation>Првих %1 од %2 предмета; двапут кликните на предмет да га отворите.</translation>
    </message>
    <message>
        <source>Cases: %1; double-click one to open it.</source>
        <translation>Предмета: %1; двапут кликните на предмет да га отворите.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>У овом периоду нема ничега.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation>Са роком у периоду</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>На вријеме</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Са закашњењем</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Отворено, рок прошао</translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation>Отворено, рок није прошао</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медијана (дани)</translation>
    </message>
    <message>
        <source>90th percentile, days</source>
        <translation>90. перцентил (дани)</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Упутница</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>Корак протокола</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>ПДФ документи</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Радне свеске</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV датотеке</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Сачувај статистику</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Припрема извоза…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Датотека није могла бити сачувана: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сачувано: %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Restricted cases counted here but not listed: %1 (open them from the case list, giving a reason).</source>
        <translation>Ограничени предмети урачунати овдје, а ненаведени: %1 (отварају се из листе предмета, уз навођење разлога).</translation>
    </message>
</context>
<context>
    <name>DueToday</name>
    <message>
        <source>Response from %1</source>
        <translation>Одговор: %1</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Данас на реду и касни</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>касни од %1</translation>
    </message>
    <message>
        <source>today by %1</source>
        <translation>данас до %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дијете</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Шта</translation>
    </message>
    <message>
        <source>Overdue: %1. Due today: %2.</source>
        <translation>Касни: %1. Данас на реду: %2.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Отвори предмет</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Due &amp;today…</source>
        <translation>&amp;Данас на реду…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide</source>
        <translation>Упутство за кориснике</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>A register on a server is backed up by IT on the server.</source>
        <translation>Регистар на серверу резервно копира ИТ служба на серверу.</translation>
    </message>
    <message>
        <source>The backup is made and checked: %1 (cases: %2).</source>
        <translation>Резервна копија је направљена и провјерена: %1 (предмета: %2).</translation>
    </message>
    <message>
        <source>Making a backup of the register…</source>
        <translation>Правим резервну копију регистра…</translation>
    </message>
    <message>
        <source>A register on a server is restored by IT on the server.</source>
        <translation>Регистар на серверу враћа ИТ служба на серверу.</translation>
    </message>
    <message>
        <source>Restore the register from %1? Everything entered since that backup is replaced by the backup; the current register is kept aside. The program closes when the restore is done.</source>
        <translation>Вратити регистар из копије %1? Све унесено након те копије замјењује се копијом; тренутни регистар се чува по страни. Програм се затвара кад враћање заврши.</translation>
    </message>
    <message>
        <source>The register is restored from %1 (cases: %2). The earlier register is kept as %3. The program closes now; start it again.</source>
        <translation>Регистар је враћен из копије %1 (предмета: %2). Ранији регистар је сачуван као %3. Програм се сада затвара; покрените га поново.</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Враћам регистар…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ништа није промијењено: %1</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Изаберите резервну копију</translation>
    </message>
    <message>
        <source>Backups of the register (*.sqlite *.db);;All files (*)</source>
        <translation>Резервне копије регистра (*.sqlite *.db);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Врати копију</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помоћ</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Упутство за кориснике</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервна копија…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Врати копију…</translation>
    </message>
</context>
</TS>
