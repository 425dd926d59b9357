<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../ui/settings/__init__.py" line="+124"/>
        <source>&amp;Administration</source>
        <extracomment>roles that get the administration dialogs (None: a database administrator without a CRM role) heads set their department&apos;s plans too (the server&apos;s F_KPI_PLAN_WRITABLE; issue #13)</extracomment>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Users and Roles…</source>
        <extracomment>the administrators&apos; dialogs: (attribute stem, object name, text, tip, factory(parent)); each is opened once and raised when asked for again (see _open_once)</extracomment>
        <translation>&amp;Пользователи и роли…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add users, change their role, reset passwords, disable logins</source>
        <translation>Добавление пользователей, смена роли, сброс паролей, отключение учётных записей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rights…</source>
        <translation>Права &amp;доступа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each role may do with clients, deals, tasks, files and reports</source>
        <translation>Что может каждая роль с клиентами, сделками, задачами, файлами и отчётами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom &amp;Fields…</source>
        <translation>Допол&amp;нительные поля…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra fields of clients, contacts and deals</source>
        <translation>Дополнительные поля клиентов, контактов и сделок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;unnels and Stages…</source>
        <translation>&amp;Воронки и этапы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnels, their stages and entry rules, lost reasons</source>
        <translation>Воронки, их этапы и правила перехода, причины проигрыша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automation &amp;Rules…</source>
        <translation>Правила авто&amp;матизации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks and notifications created on events and for idle deals</source>
        <translation>Задачи и уведомления, создаваемые по событиям и для зависших сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead &amp;Distribution…</source>
        <translation>Распределение &amp;лидов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How new leads are handed out to each department&apos;s managers</source>
        <translation>Как новые лиды распределяются между менеджерами каждого отдела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Company Requisites…</source>
        <translation>Реквизиты &amp;компании…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, requisites, bank, signatories, VAT and logo for printed forms</source>
        <translation>Название, реквизиты, банк, подписанты, НДС и логотип для печатных форм</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plans and KPI…</source>
        <translation>&amp;Планы и KPI…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI indicators, and plans per manager and department entered in a grid</source>
        <translation>Показатели KPI и планы по менеджерам и отделам, вводимые в таблицу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;Templates…</source>
        <translation>&amp;Шаблоны документов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The texts of the contract, act, reconciliation statement, meeting report and call sheet</source>
        <translation>Тексты договора, акта, акта сверки, отчёта о встрече и листа звонков</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last good backup, the nightly backup&apos;s folder and rotation, a backup now</source>
        <translation>Последняя удачная копия, папка и ротация ночных копий, копия прямо сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to the Office Server…</source>
        <translation>&amp;Перенести на сервер офиса…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this database with everything in it to a new database on a Firebird server</source>
        <translation>Скопировать эту базу со всем содержимым в новую базу на сервере Firebird</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Lock Now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover Kartoteka&apos;s windows until your password is entered</source>
        <translation>Скрыть окна Kartoteka до ввода вашего пароля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Automatic Lock…</source>
        <translation>&amp;Автоблокировка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Kartoteka after some minutes without use</source>
        <translation>Блокировать Kartoteka после нескольких минут бездействия</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Nothing to lock: no database is open.</source>
        <translation>Блокировать нечего: база данных не открыта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic Lock</source>
        <translation>Автоблокировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Kartoteka after this many minutes without use (0 = never):</source>
        <translation>Блокировать Kartoteka после стольких минут бездействия (0 — никогда):</translation>
    </message>
</context>
<context>
    <name>AutomationDialog</name>
    <message>
        <location filename="../../ui/settings/automation.py" line="+211"/>
        <source>Automation Rules</source>
        <translation>Правила автоматизации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules on events run when the change is saved, whoever saves it. Rules on idle deals and overdue tasks run from the scheduled job “kartoteka jobs run”.</source>
        <translation>Правила на события срабатывают при сохранении изменения, кто бы его ни сохранил. Правила для зависших сделок и просроченных задач выполняет плановое задание «kartoteka jobs run».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n день)</numerusform>
            <numerusform>(%n дня)</numerusform>
            <numerusform>(%n дней)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/settings/backups.py" line="+39"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a folder on the computer that runs &apos;kartoteka jobs run&apos;</source>
        <translation>папка на компьютере, где выполняется «kartoteka jobs run»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last good backup</source>
        <translation>Последняя удачная копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Nightly backup folder</source>
        <translation>Папка ночных копий</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Daily backups kept</source>
        <translation>Хранить ежедневных копий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly backups kept</source>
        <translation>Хранить еженедельных копий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The nightly backup is made by the scheduled command &apos;kartoteka jobs run&apos; (cron or the Windows Task Scheduler) into this folder, verified by a test restore, and old ones are removed: the newest daily ones and the last of each recent week are kept.</source>
        <translation>Ночную копию делает плановая команда «kartoteka jobs run» (cron или Планировщик заданий Windows) в эту папку, проверяет её пробным восстановлением и удаляет устаревшие: остаются последние ежедневные и последняя копия каждой из недавних недель.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back Up &amp;Now…</source>
        <translation>Сделать копию &amp;сейчас…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No backup has been made of this database yet.</source>
        <translation>Резервных копий этой базы ещё не делали.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}: {what}</source>
        <translation>{when}: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: the last backup is older than a day.</source>
        <translation>Внимание: последней копии больше суток.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up to</source>
        <translation>Сохранить копию в</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firebird backups (*.fbk)</source>
        <translation>Резервные копии Firebird (*.fbk)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backing up and verifying…</source>
        <translation>Создание и проверка копии…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup {path}: {mb:.1f} MiB, {state}.</source>
        <translation>Копия {path}: {mb:.1f} МиБ, {state}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERIFICATION FAILED</source>
        <translation>ПРОВЕРКА НЕ ПРОЙДЕНА</translation>
    </message>
</context>
<context>
    <name>BoardCardDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/boards/board_cards.py" line="+255"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No responsible</source>
        <translation>Нет ответственного</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No next task</source>
        <translation>Нет следующей задачи</translation>
    </message>
</context>
<context>
    <name>BoardCardModel</name>
    <message>
        <location line="-126"/>
        <source>Responsible: {name}</source>
        <extracomment>``data(index, CARD_ROLE)``: the BoardCard ``data(index, DEAL_ID_ROLE)``: the deal&apos;s id cards (list of dicts from :func:`decode_cards`) were dropped here; int = this stage&apos;s id</extracomment>
        <translation>Ответственный: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In this stage for %n day(s)</source>
        <translation>
            <numerusform>На этапе %n день</numerusform>
            <numerusform>На этапе %n дня</numerusform>
            <numerusform>На этапе %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No activity for %n day(s)</source>
        <translation>
            <numerusform>Нет активности %n день</numerusform>
            <numerusform>Нет активности %n дня</numerusform>
            <numerusform>Нет активности %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next task: {title}</source>
        <translation>Следующая задача: {title}</translation>
    </message>
</context>
<context>
    <name>BoardColumnWidget</name>
    <message>
        <location filename="../../ui/boards/funnel_board.py" line="+122"/>
        <source>Showing {shown} of {count}; filter to see the others.</source>
        <translation>Показано {shown} из {count}; чтобы увидеть остальные, уточните фильтр.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the amounts (currencies are not converted)</source>
        <translation>Сумма сделок (валюты не пересчитываются)</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../ui/cards/client_card/addresses_tab.py" line="+20"/>
        <location filename="../../ui/cards/client_card/history_tab.py" line="+44"/>
        <location filename="../../ui/cards/client_card/records_tabs.py" line="+35"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+71"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/audit_tab.py" line="+26"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/contacts_tab.py" line="+30"/>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/audit_tab.py" line="-4"/>
        <source>Client</source>
        <extracomment>audited table → what the user calls it</extracomment>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/contacts_tab.py" line="-4"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/contacts_tab.py" line="+2"/>
        <location filename="../../ui/cards/client_card/texts.py" line="-19"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/records_tabs.py" line="-13"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/records_tabs.py" line="+12"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/files_panel.py" line="+64"/>
        <source>File</source>
        <extracomment>the files table (titles in the card tables&apos; context, :data:`ui.models.item_table.CONTEXT`)</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom field</source>
        <translation>Доп. поле</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../ui/cards/client_card/history_tab.py" line="-1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/card.py" line="+94"/>
        <source>Save the changes to “{name}”?</source>
        <extracomment>per-user window geometry of cards (ui.state store)</extracomment>
        <translation>Сохранить изменения в «{name}»?</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Loading…</source>
        <extracomment>saved; the card now shows client ``id`` (a new card has an id from here on) the user asked to open another client (a duplicate&apos;s link) the card finished (re)loading (tests wait on it) open the deal card of a deal in the Deals tab a new deal for this (saved) client preview a printable form: report id, parameter values the draft as loaded (what a save compares against) the widgets read back right after filling a save the dropped link interrupted (issue #15)</extracomment>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Save the new client first.</source>
        <translation>Сначала сохраните нового клиента.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printout shows the saved card; save to print your changes.</source>
        <translation>Печатается сохранённая карточка; чтобы напечатать изменения, сохраните их.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/cards/client_card/texts.py" line="-2"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+1"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+37"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+430"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location line="-428"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>version {v}</source>
        <translation>версия {v}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created {when} by {who}</source>
        <translation>Создан {when} ({who})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed {when} by {who}</source>
        <translation>изменён {when} ({who})</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+267"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>{name}[*] — client card (read only)</source>
        <translation>{name}[*] — карточка клиента (только просмотр)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}[*] — client card (waiting to save)</source>
        <translation>{name}[*] — карточка клиента (ждёт сохранения)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}[*] — client card</source>
        <translation>{name}[*] — карточка клиента</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My changes to “{name}”:</source>
        <translation>Мои изменения в «{name}»:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{text}” is not a date; type it as {example} or pick it from the calendar.</source>
        <translation>«{text}» — не дата; введите её в виде {example} или выберите в календаре.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved.</source>
        <extracomment>set by :meth:`apply_rights`: the login may not edit clients (the server would refuse anyway) set by :meth:`apply_rights`: the login may log calls, meetings and notes</extracomment>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your changes are on the clipboard.</source>
        <translation>Ваши изменения скопированы в буфер обмена.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Status changed.</source>
        <translation>Статус изменён.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the new client first (Ctrl+S).</source>
        <translation>Сначала сохраните нового клиента (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;b&gt;Changed by someone else&lt;/b&gt; ({who}, {when}) while you were editing. Reload to see their version, or keep editing and decide when you save.</source>
        <translation>&lt;b&gt;Изменено другим пользователем&lt;/b&gt; ({who}, {when}), пока вы редактировали. Перечитайте карточку, чтобы увидеть его версию, или продолжайте редактирование и решите при сохранении.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard your changes and reload the card?</source>
        <translation>Отменить ваши изменения и перечитать карточку?</translation>
    </message>
    <message>
        <source>Reload (discard my edits)</source>
        <translation>Перечитать (отменить мои правки)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Т&amp;еги</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Main</source>
        <translation>Осно&amp;вное</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>С&amp;айт:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Дата ро&amp;ждения:</translation>
    </message>
    <message>
        <source>Founded &amp;on:</source>
        <translation>&amp;Дата основания:</translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Полное наименование:</translation>
    </message>
    <message>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>&amp;KPP:</source>
        <translation>К&amp;ПП:</translation>
    </message>
    <message>
        <source>OGRN:</source>
        <translation>ОГРН:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <source>BIK:</source>
        <translation>БИК:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Расчётный счёт:</translation>
    </message>
    <message>
        <source>Corr. account:</source>
        <translation>Корр. счёт:</translation>
    </message>
    <message>
        <source>&amp;Contact persons</source>
        <translation>&amp;Контактные лица</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Po&amp;sition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Main c&amp;ontact person</source>
        <translation>Ос&amp;новное контактное лицо</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phones &amp;&amp; e-mails</source>
        <translation>Телефон&amp;ы и e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/texts.py" line="+1"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/history_tab.py" line="-12"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+1"/>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>A&amp;ddresses</source>
        <translation>Ад&amp;реса</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Добавить адрес</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Индекс:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Street, house:</source>
        <translation>Улица, дом:</translation>
    </message>
    <message>
        <source>Main address</source>
        <translation>Основной адрес</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Показать более ранние</translation>
    </message>
    <message>
        <source>D&amp;eals</source>
        <translation>Сде&amp;лки</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Фа&amp;йлы</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Со&amp;хранить как…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Custom fie&amp;lds</source>
        <translation>Доп. пол&amp;я</translation>
    </message>
    <message>
        <source>No custom fields are defined for clients.</source>
        <translation>Дополнительные поля для клиентов не настроены.</translation>
    </message>
    <message>
        <source>Audi&amp;t</source>
        <translation>Журнал из&amp;менений</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/contacts_tab.py" line="-4"/>
        <location filename="../../ui/cards/client_card/texts.py" line="-20"/>
        <source>Name</source>
        <extracomment>ClientDraft field → its name on the card (conflict messages, &quot;copy my changes&quot;)</extracomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/duplicates.py" line="+32"/>
        <source>same phone</source>
        <extracomment>pause after the last keystroke before asking the database</extracomment>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same INN</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>то же наименование</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/files_panel.py" line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/files_tab.py" line="+32"/>
        <source>Delete “{name}” from the client&apos;s card? This cannot be undone.</source>
        <translation>Удалить «{name}» из карточки клиента? Отменить это будет нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/history_tab.py" line="-4"/>
        <source>All types</source>
        <extracomment>interactions per request (the card load brings the first 100)</extracomment>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no text)</source>
        <translation>(без текста)</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/records_tabs.py" line="-11"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cur.</source>
        <translation>Вал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+4"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/texts.py" line="-11"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/cards/client_card/texts.py" line="+10"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/cards/client_card/texts.py" line="-16"/>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location filename="../../ui/cards/client_card/texts.py" line="-37"/>
        <source>Potential</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Company</source>
        <translation>Юр. лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>Фактический</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Юридический</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal</source>
        <translation>Почтовый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Для доставки</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondent account</source>
        <translation>Корреспондентский счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded on</source>
        <translation>Дата основания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Доп. поля</translation>
    </message>
</context>
<context>
    <name>ClientListWidget</name>
    <message>
        <location filename="../../ui/lists/client_columns.py" line="+24"/>
        <source>Potential</source>
        <extracomment>Translation context of the column titles and coded values below.</extracomment>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company</source>
        <translation>Юр. лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <extracomment>Built-in columns in their default order; keys are :class:`app.clients.ClientRow` fields.</extracomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step on</source>
        <translation>Дата след. шага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../ui/lists/client_list.py" line="+110"/>
        <location filename="../../ui/lists/client_list_header.py" line="+163"/>
        <source>&amp;Columns…</source>
        <extracomment>Kinds of change that alter what the list shows (the summary columns come from interactions, deals and tasks). Ins: the user wants a new client (the card opens empty) the list archived/deleted clients itself: the :class:`app.changes.Changes` to publish the loaded row count or the loading state changed (the status bar shows :meth:`count_text`) the box holds too few digits to search (see too_short_to_search) field id → index in ClientRow.custom of the rows shown selection across a reload the header is being arranged by the program, not the user</extracomment>
        <translation>Ко&amp;лонки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose and order the columns (or right-click a column title)</source>
        <translation>Выбрать колонки и их порядок (или щёлкните правой кнопкой по заголовку колонки)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>⚠ The list could not be read: the connection to the server was lost. It is read again as soon as the connection is back.</source>
        <translation>⚠ Список не удалось прочитать: связь с сервером потеряна. Он будет прочитан заново, как только связь вернётся.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Type at least %n digits to search by phone or INN</source>
        <translation>
            <numerusform>Для поиска по телефону или ИНН введите не менее %n цифры</numerusform>
            <numerusform>Для поиска по телефону или ИНН введите не менее %n цифр</numerusform>
            <numerusform>Для поиска по телефону или ИНН введите не менее %n цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>First %n client(s) found; type more to narrow the search</source>
        <translation>
            <numerusform>Показан первый %n найденный клиент; уточните запрос, чтобы сузить поиск</numerusform>
            <numerusform>Показаны первые %n найденных клиента; уточните запрос, чтобы сузить поиск</numerusform>
            <numerusform>Показаны первые %n найденных клиентов; уточните запрос, чтобы сузить поиск</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>Найден %n клиент</numerusform>
            <numerusform>Найдено %n клиента</numerusform>
            <numerusform>Найдено %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n client(s) loaded, scroll for more</source>
        <translation>
            <numerusform>Загружен %n клиент, прокрутите, чтобы загрузить ещё</numerusform>
            <numerusform>Загружено %n клиента, прокрутите, чтобы загрузить ещё</numerusform>
            <numerusform>Загружено %n клиентов, прокрутите, чтобы загрузить ещё</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Quick filters do not apply to search results; Esc in the search box returns to the list</source>
        <translation>Быстрые фильтры не действуют на результаты поиска; Esc в строке поиска возвращает к списку</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Archive client</source>
        <translation>Перенос клиента в архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive client “{name}”? It will be hidden from lists; Shift+Del deletes for good.</source>
        <translation>Перенести клиента «{name}» в архив? Он будет скрыт из списков; Shift+Del удаляет окончательно.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete client</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete client “{name}” for good, with its contacts, history, deals and tasks? This cannot be undone.</source>
        <translation>Удалить клиента «{name}» окончательно, вместе с контактами, историей, сделками и задачами? Отменить это будет нельзя.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You may not delete clients; Del archives them instead.</source>
        <translation>У вас нет права удалять клиентов; Del переносит их в архив.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may not change clients, so you cannot archive them.</source>
        <translation>У вас нет права изменять клиентов, поэтому переносить их в архив нельзя.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You may not create clients.</source>
        <extracomment>app.security.MyRights of the login, set by the main window after connecting (None: unknown)</extracomment>
        <translation>У вас нет права создавать клиентов.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/client_list_header.py" line="+1"/>
        <source>&amp;Restore default columns</source>
        <translation>&amp;Восстановить колонки по умолчанию</translation>
    </message>
</context>
<context>
    <name>ClientLookup</name>
    <message>
        <location filename="../../ui/widgets/client_lookup.py" line="+41"/>
        <source>Type a name, INN or phone to find the client</source>
        <extracomment>id, name matches shown for the current text (tests wait on it)</extracomment>
        <translation>Введите наименование, ИНН или телефон, чтобы найти клиента</translation>
    </message>
</context>
<context>
    <name>ClientParamEditor</name>
    <message>
        <location filename="../../ui/widgets/param_editors.py" line="+411"/>
        <source>Type a name, INN or phone</source>
        <translation>Введите название, ИНН или телефон</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../../ui/dialogs/columns.py" line="+40"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked columns are shown, from top to bottom as left to right. Drag to reorder.</source>
        <translation>Отмеченные колонки показываются в списке слева направо в порядке сверху вниз. Порядок меняется перетаскиванием.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore defaults</source>
        <translation>&amp;По умолчанию</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../ui/settings/company.py" line="+42"/>
        <source>Company Requisites</source>
        <translation>Реквизиты организации</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corr. account</source>
        <translation>Корр. счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Director</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chief accountant</source>
        <translation>Главный бухгалтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT, % (empty: without VAT)</source>
        <translation>НДС, % (пусто — без НДС)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payment terms printed under the invoice</source>
        <translation>Условия оплаты, печатаются под счётом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice note</source>
        <translation>Примечание к счёту</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Company logo</source>
        <translation>Логотип организации</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the file: {error}</source>
        <translation>Не удалось прочитать файл: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is too large ({kb} KB, at most {max} KB).</source>
        <translation>Логотип слишком большой ({kb} КБ, допускается не более {max} КБ).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="+33"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{what}&lt;/b&gt; was changed by &lt;b&gt;{who}&lt;/b&gt; at {when} after you opened it.</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt;: после того как вы открыли запись, в неё внесены изменения (&lt;b&gt;{who}&lt;/b&gt;, {when}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record</source>
        <translation>Эта запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed there: {fields}.</source>
        <translation>Изменены поля: {fields}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload: discard your edits and show their version.
Overwrite: save your version over theirs.
Copy my changes: put your edits on the clipboard, then reload.</source>
        <translation>Перечитать: отменить ваши правки и показать сохранённую версию.
Записать поверх: сохранить вашу версию вместо сохранённой.
Копировать мои изменения: поместить ваши правки в буфер обмена и перечитать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Перечитать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Записать поверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy my changes</source>
        <translation>&amp;Копировать мои изменения</translation>
    </message>
</context>
<context>
    <name>ConnectionProfilesDialog</name>
    <message>
        <location filename="../../ui/dialogs/connection_profiles.py" line="+36"/>
        <source>Database file on this computer (embedded)</source>
        <extracomment>(mode, label) in combo order</extracomment>
        <translation>Файл базы данных на этом компьютере (встроенный сервер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server on the local network</source>
        <translation>Сервер в локальной сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server over the Internet or a slow link (compressed)</source>
        <translation>Сервер через Интернет или медленный канал (со сжатием)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Firebird database file (*.fdb) on this computer.
Only one program can have it open at a time.</source>
        <translation>Файл базы данных Firebird (*.fdb) на этом компьютере.
Открыть его одновременно может только одна программа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host/port:path-or-alias, for example
127.0.0.1/3050:/var/lib/firebird/data/crm.fdb
The connection is encrypted.</source>
        <translation>сервер/порт:путь-или-псевдоним, например
127.0.0.1/3050:/var/lib/firebird/data/crm.fdb
Соединение шифруется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host/port:path-or-alias, for example
crm.example.com/3050:crm
The connection is encrypted and compressed, which helps on slow links.</source>
        <translation>сервер/порт:путь-или-псевдоним, например
crm.example.com/3050:crm
Соединение шифруется и сжимается, что помогает на медленных каналах.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Connect</source>
        <extracomment>(original as loaded or None when new, the edited copy) removed saved profiles (their keyring entries go on save)</extracomment>
        <translation>Под&amp;ключиться</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>New connection</source>
        <translation>Новое подключение</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a database file</source>
        <translation>Выбор файла базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firebird databases (*.fdb *.FDB);;All files (*)</source>
        <translation>Базы данных Firebird (*.fdb *.FDB);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C:\Users\me\Documents\crm.fdb</source>
        <translation>C:\Users\me\Documents\crm.fdb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please give the connection a name.</source>
        <translation>Укажите название подключения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a connection named &quot;{name}&quot;.</source>
        <translation>Подключение с названием «{name}» уже есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the database for &quot;{name}&quot;.</source>
        <translation>Укажите базу данных для подключения «{name}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{target}&quot; is not a database file or server address.</source>
        <translation>«{target}» — не файл базы данных и не адрес сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{target}&quot; is a server address. Choose a server connection type for it.</source>
        <translation>«{target}» — адрес сервера. Выберите для него тип подключения к серверу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server as host/port:path-or-alias, for example 127.0.0.1/3050:/var/lib/firebird/data/crm.fdb.</source>
        <translation>Укажите сервер в виде сервер/порт:путь-или-псевдоним, например 127.0.0.1/3050:/var/lib/firebird/data/crm.fdb.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>&amp;Saved connections:</source>
        <translation>&amp;Сохранённые подключения:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новое</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>optional, e.g. CRM_MANAGER</source>
        <translation>необязательно, например CRM_MANAGER</translation>
    </message>
    <message>
        <source>Re&amp;member the password (kept in the system keyring)</source>
        <translation>&amp;Запомнить пароль (хранится в системном хранилище паролей)</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <location filename="../../ui/connect.py" line="+102"/>
        <source>Creating the database</source>
        <extracomment>Demo clients created on the very first start of the embedded default database (tests lower it). ``ConnectionFailed.kind`` for a rejected login (``db.engine.ERR_AUTH``; ui does not import db).</extracomment>
        <translation>Создание базы данных</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot open the database</source>
        <extracomment>a database is open: (profile, ConnectionInfo) opening started (the window clears its lists and says &quot;Connecting…&quot;): profile opening failed; no database is open now the user chose to quit (or cancelled) while no database was ever open the open profile (None while not connected) profile name -&gt; rejected logins in a row (reset when that profile connects) (key, guard) of the server database open now: one window per user and database</extracomment>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Подключения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cl&amp;ose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&quot;{target}&quot; is not a database file or server address.</source>
        <translation>«{target}» — не файл базы данных и не адрес сервера.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Preparing the demo database for the first start…</source>
        <translation>Подготовка демонстрационной базы к первому запуску…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to {name}…</source>
        <translation>Подключение к {name}…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Creating the office database…</source>
        <translation>Создание базы офиса…</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/settings/custom_fields.py" line="+53"/>
        <source>Clients</source>
        <extracomment>CUSTOM_FIELD_DEFS.ENTITY -&gt; the records whose fields are shown</extracomment>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text</source>
        <extracomment>CUSTOM_FIELD_DEFS.KIND -&gt; the word shown for it</extracomment>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check box</source>
        <translation>Флажок</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom Fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extra fields shown on the cards, in this order. A required field must be filled in before a card can be saved.</source>
        <translation>Дополнительные поля карточек, в этом порядке. Обязательное поле нужно заполнить, иначе карточку не сохранить.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fields of:</source>
        <translation>&amp;Поля для:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields cannot be deleted; they can be renamed.</source>
        <translation>Поля нельзя удалять; их можно переименовать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the field earlier on the cards</source>
        <translation>Показывать поле в карточках раньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the field later on the cards</source>
        <translation>Показывать поле в карточках позже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields cannot be deleted (the values on the cards would be lost); they can be renamed.</source>
        <translation>Поля нельзя удалять (значения в карточках были бы потеряны); их можно переименовать.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code: {code}</source>
        <translation>Код: {code}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n поля</numerusform>
            <numerusform>%n полей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomTab</name>
    <message>
        <location filename="../../ui/cards/client_card/custom_tab.py" line="+80"/>
        <source>Required</source>
        <extracomment>definitions and values are shown (the card takes them into its unchanged state)</extracomment>
        <translation>Обязательное</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="+175"/>
        <source>&amp;Print…</source>
        <extracomment>row index a load finished (the figures are shown, or the error is) a test may pin the day</extracomment>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revenue: % of the month&apos;s plan</source>
        <translation>Выручка: % плана месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won this month</source>
        <translation>Выиграно в этом месяце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping clients</source>
        <translation>Спящие клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices past due</source>
        <translation>Просроченные счета</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan against fact this month</source>
        <translation>План и факт этого месяца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open pipeline by stage</source>
        <translation>Открытые сделки по этапам</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Today, {date}</source>
        <translation>Сегодня, {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{fact} of {plan}</source>
        <translation>{fact} из {plan}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No revenue plan for this month</source>
        <translation>Плана по выручке на этот месяц нет</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n открытая сделка</numerusform>
            <numerusform>%n открытые сделки</numerusform>
            <numerusform>%n открытых сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tasks past their time</source>
        <translation>Открытые задачи, срок которых прошёл</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Нет контакта %n день</numerusform>
            <numerusform>Нет контакта %n дня</numerusform>
            <numerusform>Нет контакта %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed after the due date</source>
        <translation>Долг после срока оплаты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open deals</source>
        <translation>Открытых сделок нет</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="+86"/>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DealCard</name>
    <message>
        <location filename="../../ui/cards/deal_card.py" line="+82"/>
        <source>Deal with stage &amp;history</source>
        <extracomment>the Print menu: report id, text (the reports are printable forms in reports/forms/deal.py)</extracomment>
        <translation>Сделка с &amp;историей этапов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial &amp;offer</source>
        <translation>Коммерческое &amp;предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Счёт на оплату</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the changes to the deal “{name}”?</source>
        <translation>Сохранить изменения в сделке «{name}»?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading…</source>
        <extracomment>saved; the card now shows deal ``id`` the user clicked the client&apos;s name (re)loaded and shown (tests wait on it) preview a printable form: report id (deals.card, documents.offer, documents.invoice), {&quot;deal&quot;: id} a save the dropped link interrupted (issue #15)</extracomment>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Won</source>
        <translation>&amp;Выиграна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lost…</source>
        <translation>&amp;Проиграна…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>Открыть с&amp;нова</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the deal to another stage (Ctrl+M)</source>
        <translation>Перевести сделку на другой этап (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to stage</source>
        <translation>Перевести на этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Stage: </source>
        <translation> Этап: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invoices and &amp;payments…</source>
        <translation>Счета и &amp;оплаты…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy my changes</source>
        <translation>Скопировать мои изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show their version with your edits put back on top (not saved yet)</source>
        <translation>Показать их версию с вашими правками поверх (пока не сохранено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete “{name}” from the deal? This cannot be undone.</source>
        <translation>Удалить «{name}» из сделки? Отменить это будет нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Main</source>
        <translation>Осно&amp;вное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Products</source>
        <translation>&amp;Товары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;history</source>
        <translation>&amp;История этапов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;istory</source>
        <translation>Ист&amp;ория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Files</source>
        <translation>Фа&amp;йлы</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+19"/>
        <source>Save the new deal first (Ctrl+S).</source>
        <translation>Сначала сохраните новую сделку (Ctrl+S).</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The printout shows the saved deal; save to print your changes.</source>
        <translation>Печатается сохранённая сделка; чтобы напечатать изменения, сохраните их.</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+67"/>
        <location line="+148"/>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client: &lt;a href=&quot;client:{id}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>Клиент: &lt;a href=&quot;client:{id}&quot;&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client: not chosen</source>
        <translation>Клиент: не выбран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funnel: {funnel}</source>
        <translation>Воронка: {funnel}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage: {stage}</source>
        <translation>Этап: {stage}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability: {p}%</source>
        <translation>Вероятность: {p}%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version {v}</source>
        <translation>версия {v}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{title}[*] — deal (waiting to save)</source>
        <translation>{title}[*] — сделка (ждёт сохранения)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}[*] — deal</source>
        <translation>{title}[*] — сделка</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» — не число.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: the connection to the server was lost. Your changes are kept here; save again once the status bar says the connection is back.</source>
        <translation>Не сохранено: связь с сервером потеряна. Изменения остались в карточке; сохраните ещё раз, когда строка состояния сообщит, что связь восстановлена.</translation>
    </message>
    <message>
        <location filename="../../ui/cards/deal_steps.py" line="+84"/>
        <source>Stage changed.</source>
        <translation>Этап изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/cards/deal_conflict.py" line="+166"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Client</source>
        <extracomment>DealDraft field → its name on the card (in the card&apos;s order)</extracomment>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step date</source>
        <translation>Дата следующего шага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>My changes to the deal “{title}”:</source>
        <extracomment>fields a save writes (what &quot;my changes&quot; can be)</extracomment>
        <translation>Мои изменения в сделке «{title}»:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your changes are kept over the other user&apos;s version (and are on the clipboard). Check them and save.</source>
        <translation>Ваши изменения наложены на версию другого пользователя (и скопированы в буфер обмена). Проверьте их и сохраните.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Changed by someone else&lt;/b&gt; ({who}, {when}) while you were editing.</source>
        <translation>&lt;b&gt;Изменено другим пользователем&lt;/b&gt; ({who}, {when}), пока вы редактировали.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed there: {fields}.</source>
        <translation>Изменены поля: {fields}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload to see their version, copy your changes over it, or keep editing and decide when you save.</source>
        <translation>Перечитайте, чтобы увидеть их версию, скопируйте свои изменения поверх неё или продолжайте редактировать и решите при сохранении.</translation>
    </message>
    <message>
        <location filename="../../ui/cards/deal_card_parts.py" line="+43"/>
        <source>From</source>
        <translation>Из этапа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>В этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <location filename="../../ui/boards/deal_filter_bar.py" line="+104"/>
        <source>&amp;My deals</source>
        <extracomment>period presets (code); the labels are in DealFilterBar._PRESET_LABELS created | expected_close custom period only</extracomment>
        <translation>&amp;Мои сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only deals you are responsible for</source>
        <translation>Только сделки, за которые отвечаете вы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only deals of this manager</source>
        <translation>Только сделки этого менеджера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which date the period applies to</source>
        <translation>К какой дате относится период</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only deals of clients with this tag</source>
        <translation>Только сделки клиентов с этим тегом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search deal or client…</source>
        <translation>Поиск сделки или клиента…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
</context>
<context>
    <name>DealLinesEditor</name>
    <message>
        <location filename="../../ui/cards/deal_lines.py" line="+76"/>
        <source>Product</source>
        <extracomment>the user changed a line (or added/removed one)</extracomment>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type to find a product</source>
        <translation>Начните вводить название товара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add line</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Product:</source>
        <translation>Товар:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Total: {amount} {currency}</source>
        <translation>Итого: {amount} {currency}</translation>
    </message>
</context>
<context>
    <name>DealList</name>
    <message>
        <location filename="../../ui/lists/deal_list.py" line="+60"/>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cur.</source>
        <translation>Вал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
</context>
<context>
    <name>DealListWidget</name>
    <message>
        <location line="+11"/>
        <source>Export deals to Excel</source>
        <extracomment>the columns shown on a first start (all of them, in this order); the header menu changes it the first sort (newest first) and the keys that start descending when clicked</extracomment>
        <translation>Выгрузка сделок в Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Funnel</source>
        <extracomment>the list changed deals itself (only without a refresher): the Changes to publish an export finished: (path, rows written) restored, applied with the choices</extracomment>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open, won or lost deals</source>
        <translation>Открытые, выигранные или проигранные сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost deals</source>
        <translation>Проигранные сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deals</source>
        <translation>Все сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>Вы&amp;грузить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the deals shown to an Excel workbook (Ctrl+E)</source>
        <translation>Выгрузить показанные сделки в книгу Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>All funnels</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Won</source>
        <translation>&amp;Выиграна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close as &amp;lost…</source>
        <translation>Закрыть как &amp;проигранную…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport to Excel…</source>
        <translation>Вы&amp;грузить в Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Колонки…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You may not change deals.</source>
        <translation>У вас нет права изменять сделки.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exporting deals…</source>
        <translation>Выгрузка сделок…</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../ui/planner/planner_view.py" line="+85"/>
        <source>Done: {title}</source>
        <extracomment>the page at the last change: one of PAGES DAY | WEEK | MONTH the tabs, left to right</extracomment>
        <translation>Выполнено: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came of it</source>
        <translation>Чем закончилось</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log it in the client&apos;s history</source>
        <translation>Записать в историю клиента</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../ui/drafts.py" line="+210"/>
        <source>Client “{name}”</source>
        <translation>Клиент «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New client “{name}”</source>
        <translation>Новый клиент «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal “{title}”</source>
        <translation>Сделка «{title}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New deal “{title}”</source>
        <translation>Новая сделка «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} — kept {when}</source>
        <translation>{what} — сохранено {when}</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+18"/>
        <source>Your unsaved changes from the last session are restored.</source>
        <translation>Несохранённые изменения прошлого сеанса восстановлены.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location line="-131"/>
        <source>Unsaved changes from the last session</source>
        <extracomment>the process is gone at the latest this long after the session-end signal</extracomment>
        <translation>Несохранённые изменения прошлого сеанса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kartoteka was closed when your session ended, with changes not saved yet. Restore them? Each card opens with your changes, not saved until you save it.</source>
        <translation>Картотека была закрыта при завершении сеанса, изменения не были сохранены. Восстановить их? Каждая карточка откроется с вашими изменениями; они не сохранены, пока вы не сохраните карточку.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
</context>
<context>
    <name>DuplicatesWatcher</name>
    <message numerus="yes">
        <location filename="../../ui/cards/client_card/duplicates.py" line="+72"/>
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Possible duplicates:&lt;/b&gt; {links}{more}</source>
        <translation>&lt;b&gt;Возможные дубли:&lt;/b&gt; {links}{more}</translation>
    </message>
</context>
<context>
    <name>EmailListEditor</name>
    <message>
        <location filename="../../ui/cards/client_card/item_lists.py" line="+194"/>
        <source>+ Add e-mail</source>
        <translation>+ Добавить e-mail</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="+55"/>
        <source>Kartoteka CRM</source>
        <translation>Kartoteka CRM</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="+30"/>
        <location line="+71"/>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts as vCard 4.0</source>
        <translation>Контакты в vCard 4.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts as vCard 3.0 (old phones)</source>
        <translation>Контакты в vCard 3.0 (старые телефоны)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Выгрузить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per contact</source>
        <translation>Отдельный файл на каждый контакт</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Folder for the vCards</source>
        <translation>Папка для vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to</source>
        <translation>Выгрузить в</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n record(s) exported.</source>
        <translation>
            <numerusform>Выгружена %n запись.</numerusform>
            <numerusform>Выгружены %n записи.</numerusform>
            <numerusform>Выгружено %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditDialog</name>
    <message>
        <location filename="../../ui/settings/custom_fields.py" line="+102"/>
        <source>Add Field</source>
        <translation>Новое поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Field “{label}”</source>
        <translation>Поле «{label}»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made from the name if left empty</source>
        <translation>Если пусто — из названия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field&apos;s name in reports and imports: Latin letters, digits, _</source>
        <translation>Имя поля в отчётах и при импорте: латинские буквы, цифры, _</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The type of a saved field cannot be changed: its values are stored by type.</source>
        <translation>Тип сохранённого поля изменить нельзя: значения хранятся по типу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Required: a card cannot be saved without it</source>
        <translation>&amp;Обязательное: без него карточку не сохранить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One choice per line</source>
        <translation>По одному варианту в строке</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoices:</source>
        <translation>&amp;Варианты:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+58"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to import and the file; check how it is read.</source>
        <translation>Выберите, что импортировать, и файл; проверьте, как он прочитан.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>(detect)</source>
        <translation>(определить)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Кодировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter</source>
        <translation>&amp;Разделитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read as</source>
        <translation>Прочитан как</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables and address books (*.xlsx *.csv *.tsv *.txt *.vcf);;All files (*)</source>
        <translation>Таблицы и адресные книги (*.xlsx *.csv *.tsv *.txt *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Excel workbook, sheet “{sheet}”, data from row {row}</source>
        <translation>Книга Excel, лист «{sheet}», данные со строки {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text table, encoding {enc}, delimiter “{d}”, data from row {row}</source>
        <translation>Текстовая таблица, кодировка {enc}, разделитель «{d}», данные со строки {row}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vCard address book (version {v})</source>
        <translation>Адресная книга vCard (версия {v})</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../../ui/widgets/files_panel.py" line="+10"/>
        <source>Cannot read the file {name}: {why}</source>
        <translation>Не удалось прочитать файл {name}: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the file as</source>
        <translation>Сохранить файл как</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Прикрепить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve as…</source>
        <translation>Со&amp;хранить как…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Open (Enter)</source>
        <translation>Открыть (Enter)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Attaching {name}…</source>
        <translation>Прикрепление {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write {path}: {why}</source>
        <translation>Не удалось записать {path}: {why}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving {name}…</source>
        <translation>Сохранение {name}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="+51"/>
        <source>&amp;My clients</source>
        <translation>&amp;Мои клиенты</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+88"/>
        <source>Only clients you are responsible for</source>
        <translation>Только клиенты, за которых вы отвечаете</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only clients with this tag</source>
        <translation>Только клиенты с этим тегом</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only clients with this classifier value</source>
        <translation>Только клиенты с этим значением классификатора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sleeping</source>
        <translation>&amp;Без контакта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact for this many days (or never)</source>
        <translation>Не было контакта столько дней (или не было вовсе)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;No next step</source>
        <translation>Без следующего &amp;шага</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients without a planned next step</source>
        <translation>Клиенты без запланированного следующего шага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;archived</source>
        <translation>Показать а&amp;рхивные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include archived clients</source>
        <translation>Показывать и архивных клиентов</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Your login has no CRM user, so no clients are yours</source>
        <translation>Вашему логину не сопоставлен пользователь CRM, поэтому своих клиентов у вас нет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag #{id}</source>
        <translation>Тег №{id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any classifier</source>
        <translation>Любой классификатор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value #{id}</source>
        <translation>Значение №{id}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status: any</source>
        <translation>Статус: любой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {list}</source>
        <translation>Статус: {list}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Статус: выбран %n</numerusform>
            <numerusform>Статус: выбрано %n</numerusform>
            <numerusform>Статус: выбрано %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clients of any status</source>
        <translation>Клиенты с любым статусом</translation>
    </message>
</context>
<context>
    <name>FindDuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/find_duplicates.py" line="+63"/>
        <location line="+146"/>
        <source>Find duplicates</source>
        <extracomment>app.changes.Changes</extracomment>
        <translation>Поиск дублей</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>&amp;Scan</source>
        <translation>&amp;Искать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Scan to look for clients with the same INN, phone, e-mail or a similar name.</source>
        <translation>Нажмите «Искать», чтобы найти клиентов с одинаковым ИНН, телефоном, e-mail или похожим названием.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Не дубли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open card</source>
        <translation>Открыть &amp;карточку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merged at</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept client</source>
        <translation>Оставлен клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged clients</source>
        <translation>Объединённые клиенты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows moved</source>
        <translation>Перенесено строк</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Отменить объединение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Duplicates</source>
        <translation>&amp;Дубли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge &amp;history</source>
        <translation>&amp;История объединений</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Looking for duplicates…</source>
        <translation>Поиск дублей…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n group(s) of possible duplicates.</source>
        <translation>
            <numerusform>%n группа возможных дублей.</numerusform>
            <numerusform>%n группы возможных дублей.</numerusform>
            <numerusform>%n групп возможных дублей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No possible duplicates found.</source>
        <translation>Возможных дублей не найдено.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n client(s): {name}</source>
        <translation>
            <numerusform>%n клиент: {name}</numerusform>
            <numerusform>%n клиента: {name}</numerusform>
            <numerusform>%n клиентов: {name}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>undone</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Undoing the merge…</source>
        <translation>Отмена объединения…</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="+88"/>
        <source>Welcome to Kartoteka CRM</source>
        <translation>Добро пожаловать в Kartoteka CRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to a database</source>
        <extracomment>office / create / saved: the profile to save and open; personal: None = the default database create</extracomment>
        <translation>Подключение к базе данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Personal database on this computer</source>
        <translation>&amp;Личная база на этом компьютере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to the office database</source>
        <translation>&amp;Подключиться к базе офиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate the office database on a server (administrator)</source>
        <translation>&amp;Создать базу офиса на сервере (администратор)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A database file in your user folder, opened by the built-in engine: no server, no password. It starts with demo data to look around.</source>
        <translation>Файл базы в вашей папке пользователя, открываемый встроенным движком: без сервера и без пароля. Для знакомства в ней будут демонстрационные данные.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>alias (e.g. crm) or path on the server</source>
        <translation>псевдоним (например, crm) или путь на сервере</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slow link (branch office): compress the traffic</source>
        <translation>Медленная связь (филиал): сжимать трафик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Database</source>
        <translation>База</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New database (path on the server)</source>
        <translation>Новая база (путь на сервере)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server administrator (SYSDBA or RDB$ADMIN)</source>
        <translation>Администратор сервера (SYSDBA или RDB$ADMIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its password</source>
        <translation>Его пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First CRM administrator: login</source>
        <translation>Первый администратор CRM: логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo clients (0: none)</source>
        <translation>Демо-клиентов (0 — без них)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Saved connections…</source>
        <translation>&amp;Сохранённые подключения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All saved connection profiles: add, rename, delete, forget a remembered password</source>
        <translation>Все сохранённые профили подключения: добавить, переименовать, удалить, забыть сохранённый пароль</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>remembered: leave empty</source>
        <translation>сохранён: оставьте пустым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: asked when connecting</source>
        <translation>пусто: будет запрошен при подключении</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter your login.</source>
        <translation>Введите ваш логин.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firebird databases (*.fdb);;All files (*)</source>
        <translation>Базы данных Firebird (*.fdb);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+41"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Enter the database file.</source>
        <translation>Укажите файл базы данных.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no database file “{path}”.</source>
        <translation>Файла базы данных «{path}» нет.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a login for the first CRM administrator.</source>
        <translation>Введите логин первого администратора CRM.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected: {info}</source>
        <translation>Подключено: {info}</translation>
    </message>
</context>
<context>
    <name>FunnelBoard</name>
    <message numerus="yes">
        <location filename="../../ui/boards/funnel_board.py" line="-59"/>
        <source>%n deal(s) could not be moved:</source>
        <translation>
            <numerusform>Не удалось перевести %n сделку:</numerusform>
            <numerusform>Не удалось перевести %n сделки:</numerusform>
            <numerusform>Не удалось перевести %n сделок:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Funnel</source>
        <extracomment>the board changed deals itself (only without a refresher): the Changes to publish a board (or nothing) is shown now; tests and the status bar wait on it a move is running: a reload waits for it</extracomment>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>There is no active funnel. An administrator can add one.</source>
        <translation>Нет активной воронки. Её может добавить администратор.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n открытая сделка</numerusform>
            <numerusform>%n открытые сделки</numerusform>
            <numerusform>%n открытых сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rotting</source>
        <translation>
            <numerusform>%n зависшая</numerusform>
            <numerusform>%n зависшие</numerusform>
            <numerusform>%n зависших</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move to stage</source>
        <translation>Перевести на &amp;этап</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Won</source>
        <translation>&amp;Выиграна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close as &amp;lost…</source>
        <translation>Закрыть как &amp;проигранную…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You may not change deals.</source>
        <translation>У вас нет права изменять сделки.</translation>
    </message>
</context>
<context>
    <name>FunnelsDialog</name>
    <message>
        <location filename="../../ui/settings/funnels.py" line="+51"/>
        <source>Funnels and Stages</source>
        <translation>Воронки и этапы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add Funnel</source>
        <translation>&amp;Добавить воронку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Funnel</source>
        <translation>&amp;Удалить воронку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default funnel for new deals</source>
        <translation>Воронка по умолчанию для новых сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability, %</source>
        <translation>Вероятность, %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+179"/>
        <source>Won</source>
        <translation>Выигрыш</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+180"/>
        <source>Lost</source>
        <translation>Проигрыш</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Rot days</source>
        <translation>Зависает через, дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required fields</source>
        <translation>Обязательные поля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required fields: {codes}</source>
        <translation>Обязательные поля: {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add S&amp;tage</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Stage</source>
        <translation>Уб&amp;рать этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Переместить вв&amp;ерх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>Переместить вни&amp;з</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the funnel and its stages (Ctrl+S)</source>
        <translation>Сохранить воронку и её этапы (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A&amp;dd Reason…</source>
        <translation>Добавить п&amp;ричину…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>Переи&amp;меновать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &amp;Off / On</source>
        <translation>Вы&amp;ключить / включить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Funnels</source>
        <translation>&amp;Воронки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost &amp;Reasons</source>
        <translation>При&amp;чины проигрыша</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+15"/>
        <source>{name} (off)</source>
        <translation>{name} (выключена)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>— %n deal(s)</source>
        <translation>
            <numerusform>— %n сделка</numerusform>
            <numerusform>— %n сделки</numerusform>
            <numerusform>— %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n deal(s) in this stage</source>
        <translation>
            <numerusform>На этапе %n сделка</numerusform>
            <numerusform>На этапе %n сделки</numerusform>
            <numerusform>На этапе %n сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New funnel</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+8"/>
        <source>Lost Reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Why was the deal lost?</source>
        <translation>Почему сделка проиграна?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../ui/cards/client_card/header.py" line="+90"/>
        <source>— nobody —</source>
        <extracomment>the user picked another status in the combo (a status code)</extracomment>
        <translation>— не назначен —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>source: {source}</source>
        <translation>источник: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status since {when}</source>
        <translation>статус с {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new client: fill in the name and a phone or e-mail, then save with Ctrl+S.</source>
        <translation>Новый клиент: заполните наименование и телефон или e-mail, затем сохраните (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last contact {contact} · Last attempt {attempt} · Next step {next} · Open deals {n} / {amount}</source>
        <translation>Последний контакт {contact} · Последняя попытка {attempt} · Следующий шаг {next} · Открытые сделки {n} / {amount}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no tags</source>
        <translation>нет тегов</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/cards/deal_activity.py" line="+187"/>
        <source>Call</source>
        <extracomment>the last dialog opened (tests use it)</extracomment>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <location filename="../../ui/cards/client_card/history_tab.py" line="+74"/>
        <source>%n interaction(s) shown</source>
        <translation>
            <numerusform>Показано %n взаимодействие</numerusform>
            <numerusform>Показано %n взаимодействия</numerusform>
            <numerusform>Показано %n взаимодействий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаимодействие</numerusform>
            <numerusform>%n взаимодействия</numerusform>
            <numerusform>%n взаимодействий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../ui/dialogs/idle_lock.py" line="+113"/>
        <source>Kartoteka CRM — Locked</source>
        <translation>Kartoteka CRM — заблокировано</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Kartoteka is locked&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kartoteka заблокирована&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kartoteka was locked after a period without use. Enter the password of &lt;b&gt;{user}&lt;/b&gt; to continue; nothing you were doing is lost.</source>
        <translation>Kartoteka заблокирована после периода бездействия. Чтобы продолжить, введите пароль пользователя &lt;b&gt;{user}&lt;/b&gt;; ничего из начатого не потеряно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kartoteka was locked after a period without use. Click Unlock to continue as &lt;b&gt;{user}&lt;/b&gt;; nothing you were doing is lost.</source>
        <translation>Kartoteka заблокирована после периода бездействия. Нажмите «Разблокировать», чтобы продолжить как &lt;b&gt;{user}&lt;/b&gt;; ничего из начатого не потеряно.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please wait a few seconds: the server slows down repeated failures.</source>
        <translation>Подождите несколько секунд: после неудачных попыток сервер замедляет вход.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrong password. Kartoteka stays locked.</source>
        <translation>Неверный пароль. Kartoteka остаётся заблокированной.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password could not be checked: {error}</source>
        <translation>Не удалось проверить пароль: {error}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+286"/>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo the import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+12"/>
        <source>Undo the import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Remove what import {batch} created and restore what it updated?</source>
        <translation>Удалить созданное импортом {batch} и вернуть изменённое им?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import {batch} undone: {deleted} removed, {restored} restored.</source>
        <translation>Импорт {batch} отменён: удалено {deleted}, восстановлено {restored}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left as they are (changed since):</source>
        <translation>Оставлены как есть (изменены после импорта):</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location line="-65"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_menu.py" line="+18"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;history…</source>
        <translation>Исто&amp;рия импорта…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузка…</translation>
    </message>
</context>
<context>
    <name>IntParamEditor</name>
    <message>
        <location filename="../../ui/widgets/param_editors.py" line="-100"/>
        <source>Any</source>
        <translation>Любое</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/dialogs/interaction.py" line="+42"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>Автоответчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Состоялась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interested</source>
        <translation>Есть интерес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>Нет интереса</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Outgoing</source>
        <extracomment>results offered per kind, the default first (a note has none) kinds with a duration Saved</extracomment>
        <translation>Исходящий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— the client —</source>
        <translation>— клиент —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was it about (Enter saves)</source>
        <translation>О чём шла речь (Enter — сохранить)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details (Ctrl+Enter saves)</source>
        <translation>Подробности (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>Контактное &amp;лицо:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Тек&amp;ст:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{kind} — {client}</source>
        <translation>{kind} — {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>InvoicesDialog</name>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="+124"/>
        <source>Invoices and Payments</source>
        <translation>Счета и оплаты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Оплатить до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New invoice</source>
        <translation>&amp;Новый счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payment…</source>
        <translation>Внести &amp;оплату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel invoice</source>
        <translation>&amp;Аннулировать счёт</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(draft)</source>
        <translation>(черновик)</translation>
    </message>
</context>
<context>
    <name>LeadDistributionDialog</name>
    <message>
        <location filename="../../ui/settings/lead_distribution.py" line="+37"/>
        <source>Lead Distribution</source>
        <translation>Распределение лидов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New leads of a department with distribution switched on go to its managers automatically; inactive managers and those who take no leads are skipped.</source>
        <translation>Новые лиды отдела с включённым распределением автоматически передаются его менеджерам; неактивные менеджеры и те, кто не принимает лиды, пропускаются.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Department (on)</source>
        <translation>Отдел (вкл.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>LinkMonitor</name>
    <message>
        <location filename="../../ui/link_status.py" line="+145"/>
        <source>Link: connected</source>
        <extracomment>How often the round-trip time is measured while the worker is idle. Round-trip times (ms) under which the link is called good / usable. the link is back after a drop (GUI thread) any change of the link (a :class:`app.link.LinkSnapshot`)</extracomment>
        <translation>Связь: есть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usable</source>
        <translation>терпимая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slow</source>
        <translation>медленная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link: {ms} ms ({quality})</source>
        <translation>Связь: {ms} мс ({quality})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round-trip time to the database server, measured every {s} s while nothing else runs</source>
        <translation>Время отклика сервера базы данных (туда и обратно), измеряется каждые {s} с, когда программа ничем не занята</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Connection lost, reconnecting…</source>
        <translation>⚠ Нет связи, переподключение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Connection lost, retry in {s} s</source>
        <translation>⚠ Нет связи, повтор через {s} с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why}
Open windows keep what you typed; a save you made is sent once the connection is back.</source>
        <translation>{why}
Открытые окна сохраняют введённое; начатое сохранение будет отправлено, когда связь вернётся.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The connection to the server is back.</source>
        <translation>Связь с сервером восстановлена.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="+49"/>
        <source>Connect to &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{target}</source>
        <extracomment>Failed logins in a row after which the prompt warns that the server will make the next try wait.</extracomment>
        <translation>Подключение к &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{target}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Connect</source>
        <translation>Под&amp;ключиться</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password (kept in the system keyring)</source>
        <translation>&amp;Запомнить пароль (хранится в системном хранилище паролей)</translation>
    </message>
    <message>
        <source>Please wait a few seconds: the server slows down repeated failures.</source>
        <translation>Подождите несколько секунд: после неудачных попыток сервер замедляет вход.</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/lost_reason.py" line="+32"/>
        <source>Close as lost</source>
        <extracomment>DEALS.LOST_COMMENT is VARCHAR(500)</extracomment>
        <translation>Закрыть как проигранную</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Close %n deal(s) as lost.</source>
        <translation>
            <numerusform>Закрыть %n сделку как проигранную.</numerusform>
            <numerusform>Закрыть %n сделки как проигранные.</numerusform>
            <numerusform>Закрыть %n сделок как проигранные.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose a reason —</source>
        <translation>— выберите причину —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened? (optional)</source>
        <translation>Что произошло? (необязательно)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no lost reasons yet; an administrator must add them first.</source>
        <translation>Причин проигрыша пока нет; сначала их должен добавить администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close as &amp;lost</source>
        <translation>&amp;Закрыть как проигранную</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment is too long ({n} characters, at most {max}).</source>
        <translation>Комментарий слишком длинный ({n} символов, допускается не более {max}).</translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <location filename="../../ui/cards/deal_card_parts.py" line="+133"/>
        <source>&amp;Client:</source>
        <extracomment>app.deal_lines.ProductChoice a new deal&apos;s client was picked (the card loads its contacts) a new deal&apos;s funnel was chosen (the card offers its stages)</extracomment>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;unnel:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact:</source>
        <translation>К&amp;онтакт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected close:</source>
        <translation>Ожидаемое &amp;закрытие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Probability:</source>
        <translation>В&amp;ероятность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsible:</source>
        <translation>Ответс&amp;твенный:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step:</source>
        <translation>С&amp;ледующий шаг:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>За&amp;метка:</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <location line="+19"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>— nobody —</source>
        <translation>— не назначен —</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From stage ({p} %)</source>
        <translation>По этапу ({p} %)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The sum of the product lines</source>
        <translation>Сумма строк с товарами</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{text}” is not an amount.</source>
        <translation>«{text}» — не сумма.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the client from the list (type part of the name, INN or phone and pick one of the matches).</source>
        <translation>Выберите клиента из списка (введите часть наименования, ИНН или телефона и выберите из найденных).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not a date; type it as {example} or pick it from the calendar.</source>
        <translation>«{text}» — не дата; введите её в виде {example} или выберите в календаре.</translation>
    </message>
</context>
<context>
    <name>MainTab</name>
    <message>
        <location filename="../../ui/cards/client_card/main_tab.py" line="+85"/>
        <source>— not set —</source>
        <extracomment>draft field → line edit name in the form the name was edited (the header and the window title follow it)</extracomment>
        <translation>— не указан —</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+53"/>
        <location line="+192"/>
        <source>Kartoteka CRM</source>
        <extracomment>reminders and rights start at the latest this long after connecting, first screen or not actions that need an open database</extracomment>
        <translation>Kartoteka CRM</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Deal</source>
        <translation>С&amp;делка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+81"/>
        <location line="+115"/>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Connecting to {name}…</source>
        <translation>Подключение к {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{profile} — Kartoteka CRM</source>
        <translation>{profile} — Kartoteka CRM</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select a client in the list first.</source>
        <translation>Сначала выберите клиента в списке.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The lead is saved.</source>
        <translation>Лид сохранён.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Live updates paused</source>
        <translation>Автообновление приостановлено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes saved on other workstations appear here by themselves</source>
        <translation>Изменения, сохранённые на других рабочих местах, появляются здесь сами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database file on this computer: only this program changes it</source>
        <translation>Файл базы данных на этом компьютере: его меняет только эта программа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Kartoteka CRM</source>
        <translation>О программе Kartoteka CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Kartoteka CRM {version}&lt;/h3&gt;&lt;p&gt;A desktop CRM on a shared Firebird database.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt for Python {qt}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kartoteka CRM {version}&lt;/h3&gt;&lt;p&gt;Настольная CRM-система на общей базе данных Firebird.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt for Python {qt}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="-244"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which field each column goes to; unrecognised columns are ignored.</source>
        <translation>Проверьте, в какое поле идёт каждая колонка; нераспознанные колонки пропускаются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column in the file</source>
        <translation>Колонка в файле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <source>Skip the row</source>
        <translation>Пропустить строку</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+62"/>
        <source>Fill the empty fields of the existing client</source>
        <translation>Заполнить пустые поля существующего клиента</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+63"/>
        <source>Overwrite the existing client&apos;s fields</source>
        <translation>Перезаписать поля существующего клиента</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>Create a new client anyway</source>
        <translation>Всё равно создать нового клиента</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+67"/>
        <source>When the client is already there</source>
        <translation>Если клиент уже есть</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Phone region</source>
        <translation>Регион телефонов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Сохранить сопоставление…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dry run</source>
        <translation>&amp;Пробный прогон</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>“Dry run” shows what each way would do, without writing.</source>
        <translation>«Пробный прогон» показывает, что даст каждый вариант, ничего не записывая.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>A row whose INN, phone, e-mail or name and city is already in the base (or higher in the file) is skipped and listed with the client it matches.</source>
        <translation>Строка, чей ИНН, телефон, e-mail или название с городом уже есть в базе (или выше в файле), пропускается и попадает в список с найденным клиентом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The matching client keeps what it has; only its empty fields are filled and new phones and e-mails added. Undo restores it.</source>
        <translation>У найденного клиента остаётся всё, что есть; заполняются только пустые поля и добавляются новые телефоны и e-mail. Отмена импорта вернёт как было.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The matching client&apos;s fields are replaced by the file&apos;s non-empty values and new phones and e-mails added. Undo restores it.</source>
        <translation>Поля найденного клиента заменяются непустыми значениями из файла, добавляются новые телефоны и e-mail. Отмена импорта вернёт как было.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row becomes a new client, duplicates included.</source>
        <translation>Каждая строка становится новым клиентом, включая дубли.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“{choice}”: {summary}</source>
        <translation>«{choice}»: {summary}</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>A row whose client, title and creation date match a deal in the base (or higher in the file) is skipped and listed with the deal it matches.</source>
        <translation>Строка, у которой клиент, название и дата создания совпадают со сделкой в базе (или выше в файле), пропускается и показывается вместе с совпавшей сделкой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The matching deal keeps what it has; only its empty fields (amount, expected close, responsible, source, note) are filled. The stage is not moved. Undo restores it.</source>
        <translation>Совпавшая сделка сохраняет свои данные; заполняются только её пустые поля (сумма, ожидаемое закрытие, ответственный, источник, заметка). Этап не меняется. Отмена импорта восстанавливает сделку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The matching deal&apos;s fields are replaced by the file&apos;s non-empty values and it moves to the file&apos;s stage (recorded in the stage history). Undo restores it.</source>
        <translation>Поля совпавшей сделки заменяются непустыми значениями из файла, и сделка переходит на этап из файла (это записывается в историю этапов). Отмена импорта восстанавливает сделку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row becomes a new deal, duplicates included.</source>
        <translation>Каждая строка становится новой сделкой, включая дубли.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill the empty fields of the existing deal</source>
        <translation>Заполнить пустые поля существующей сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite the existing deal&apos;s fields and stage</source>
        <translation>Перезаписать поля и этап существующей сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new deal anyway</source>
        <translation>Всё равно создать новую сделку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the deal is already there</source>
        <translation>Если сделка уже есть</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save mapping</source>
        <translation>Сохранение сопоставления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the mapping:</source>
        <translation>Имя сопоставления:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dry run: {summary}</source>
        <translation>Пробный прогон: {summary}</translation>
    </message>
</context>
<context>
    <name>MergeClientsDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_clients.py" line="+141"/>
        <source>Merge clients</source>
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <source>The chosen client is kept; the others become archived pointers to it. Everything attached to them moves to it. Pick the value to keep in each row.</source>
        <translation>Выбранный клиент остаётся, остальные становятся архивными ссылками на него. Всё, что к ним привязано, переходит к нему. В каждой строке выберите значение, которое останется.</translation>
    </message>
    <message>
        <source>&amp;Keep client:</source>
        <translation>Ос&amp;тавить клиента:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_clients.py" line="-76"/>
        <source>Attached</source>
        <extracomment>child tables as the attached-rows line names them MergeDone</extracomment>
        <translation>Привязано</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mails</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addresses</source>
        <translation>адреса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deals</source>
        <translation>сделки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tasks</source>
        <translation>задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interactions</source>
        <translation>взаимодействия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>files</source>
        <translation>файлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classifiers</source>
        <translation>классификаторы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merging clients…</source>
        <translation>Объединение клиентов…</translation>
    </message>
</context>
<context>
    <name>MoveDatabaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/move_database.py" line="+44"/>
        <source>Move to the Office Server</source>
        <extracomment>as the administration dialogs show an error</extracomment>
        <translation>Перенос на сервер офиса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies every client, deal, file, history and audit record of the open database into a new database on the office server, then compares the two table by table. The open database is not changed. Logins are not copied: you get the list of users to give logins to.</source>
        <translation>Копирует всех клиентов, сделки, файлы, историю и журнал аудита открытой базы в новую базу на сервере офиса, затем сравнивает их таблица за таблицей. Открытая база не меняется. Логины не копируются: вы получите список пользователей, которым нужно выдать логины.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New database on the server</source>
        <translation>Новая база на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator (SYSDBA or RDB$ADMIN)</source>
        <translation>Администратор (SYSDBA или RDB$ADMIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Move</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the new database: server/port:path or alias.</source>
        <translation>Укажите новую базу: сервер/порт:путь или псевдоним.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating the database on the server…</source>
        <translation>Создание базы на сервере…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopping after the current page…</source>
        <translation>Остановка после текущей порции…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The copy differs from the open database in: {tables}</source>
        <translation>Копия отличается от открытой базы в таблицах: {tables}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {rows} rows copied in {sec:.0f} s and verified.</source>
        <translation>Готово: скопировано строк — {rows} за {sec:.0f} с, копия проверена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give these users a login on the server (Administration › Users and Roles, connected to the new database):</source>
        <translation>Выдайте этим пользователям логины на сервере (Администрирование › Пользователи и роли, подключившись к новой базе):</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_lead.py" line="+39"/>
        <source>New Lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name, phone, e-mail or INN of an existing client</source>
        <translation>наименование, телефон, e-mail или ИНН существующего клиента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New client (below)</source>
        <translation>Новый клиент (ниже)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the client&apos;s name when empty</source>
        <translation>наименование клиента, если пусто</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find client:</source>
        <translation>&amp;Найти клиента:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New client &amp;name:</source>
        <translation>Наи&amp;менование нового клиента:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;unnel:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsible:</source>
        <translation>Ответственны&amp;й:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>ParamPanel</name>
    <message>
        <location filename="../../ui/widgets/param_panel.py" line="+61"/>
        <source>Parameters</source>
        <extracomment>+ report id: JSON {param key: saved text}</extracomment>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This report has no parameters.</source>
        <translation>У этого отчёта нет параметров.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/dialogs/payment.py" line="-113"/>
        <source>Payment on invoice {number}</source>
        <translation>Оплата по счёту {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{number}: {amount} {currency}, still due {due}</source>
        <translation>{number}: {amount} {currency}, осталось оплатить {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paid on</source>
        <translation>&amp;Дата оплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How</source>
        <translation>&amp;Способ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="+38"/>
        <source>Choose a report and press Run (F9) to see its pages here.</source>
        <extracomment>the fixed zoom steps offered (factor 1.0 = 100 %) 0-based page now at the top</extracomment>
        <translation>Выберите отчёт и нажмите «Сформировать» (F9), чтобы увидеть здесь его страницы.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First page (Ctrl+Home)</source>
        <translation>Первая страница (Ctrl+Home)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous page (PgUp)</source>
        <translation>Предыдущая страница (PgUp)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to page</source>
        <translation>Перейти к странице</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next page (PgDown)</source>
        <translation>Следующая страница (PgDown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last page (Ctrl+End)</source>
        <translation>Последняя страница (Ctrl+End)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>of %n</source>
        <translation>
            <numerusform>из %n</numerusform>
            <numerusform>из %n</numerusform>
            <numerusform>из %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingSave</name>
    <message>
        <location filename="../../ui/cards/pending_save.py" line="+66"/>
        <source>⚠ Not saved yet: the connection to the server was lost. Your changes are kept here and will be saved once it is back (never twice).</source>
        <extracomment>(draft as sent, original, force, then_close, monotonic time of the first attempt)</extracomment>
        <translation>⚠ Ещё не сохранено: связь с сервером потеряна. Ваши изменения сохранены в карточке и будут записаны, как только связь вернётся (ровно один раз).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved: your changes had reached the server before the connection dropped.</source>
        <translation>Сохранено: изменения дошли до сервера ещё до обрыва связи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved after the connection came back.</source>
        <translation>Сохранено после восстановления связи.</translation>
    </message>
</context>
<context>
    <name>PeriodEditor</name>
    <message>
        <location filename="../../ui/widgets/param_editors.py" line="-150"/>
        <source>Any dates</source>
        <translation>Любые даты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom dates</source>
        <translation>Свои даты</translation>
    </message>
</context>
<context>
    <name>PhoneListEditor</name>
    <message>
        <location filename="../../ui/cards/client_card/item_lists.py" line="-8"/>
        <source>+ Add phone</source>
        <translation>+ Добавить телефон</translation>
    </message>
</context>
<context>
    <name>PlannerWidget</name>
    <message>
        <location filename="../../ui/planner/planner_view.py" line="+21"/>
        <source>Reschedule to</source>
        <translation>Перенести на</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;New task</source>
        <extracomment>Changes of a save, done, reschedule…</extracomment>
        <translation>&amp;Новая задача</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a new task</source>
        <translation>Запланировать новую задачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the task done with its result</source>
        <translation>Отметить задачу выполненной и записать результат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the task (Ctrl+R)</source>
        <translation>Перенести задачу (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 hour</source>
        <translation>+1 час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow, same time</source>
        <translation>Завтра в то же время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a date and time…</source>
        <translation>Выбрать дату и время…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log call…</source>
        <translation>Записать звонок…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a call with the task&apos;s client</source>
        <translation>Записать звонок клиенту задачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the client&apos;s card</source>
        <translation>Открыть карточку клиента</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the plan again (F5)</source>
        <translation>Перечитать план (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to today</source>
        <translation>Вернуться к сегодняшнему дню</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose tasks the calendar shows</source>
        <translation>Чьи задачи показывает календарь</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose:</source>
        <translation>Чьи:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone I see</source>
        <translation>Все, кого я вижу</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Просрочено (%n)</numerusform>
            <numerusform>Просрочено (%n)</numerusform>
            <numerusform>Просрочено (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Today (%n)</source>
        <translation>
            <numerusform>Сегодня (%n)</numerusform>
            <numerusform>Сегодня (%n)</numerusform>
            <numerusform>Сегодня (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No date (%n)</source>
        <translation>
            <numerusform>Без даты (%n)</numerusform>
            <numerusform>Без даты (%n)</numerusform>
            <numerusform>Без даты (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthdays today</source>
        <translation>Дни рождения сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays this week</source>
        <translation>Дни рождения на этой неделе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{person} turns {age}</source>
        <translation>{person}: исполняется {age}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{date}: %n task(s) today, {done} done, {overdue} overdue</source>
        <translation>
            <numerusform>{date}: сегодня %n задача, выполнено {done}, просрочено {overdue}</numerusform>
            <numerusform>{date}: сегодня %n задачи, выполнено {done}, просрочено {overdue}</numerusform>
            <numerusform>{date}: сегодня %n задач, выполнено {done}, просрочено {overdue}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../ui/settings/plans.py" line="+64"/>
        <source>Plans and KPI</source>
        <translation>Планы и KPI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Import from Excel…</source>
        <extracomment>shown after the next reload (an import&apos;s result)</extracomment>
        <translation>&amp;Загрузить из Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Показатель:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans &amp;per:</source>
        <translation>Планы &amp;на:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the plans; the fact under each is computed from the data (hover it for the % of plan). Green: plan met, yellow: 80 % or more, red: less.</source>
        <translation>Введите планы; факт под каждым считается по данным (наведите на него, чтобы увидеть % плана). Зелёный: план выполнен, жёлтый: 80 % и больше, красный: меньше.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Plans</source>
        <translation>&amp;Планы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add indicator</source>
        <translation>&amp;Добавить показатель</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&amp;ndicators</source>
        <translation>П&amp;оказатели</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Department: {name}</source>
        <translation>Отдел: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fact</source>
        <translation>факт</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fact: none yet</source>
        <translation>Факт: пока нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fact: {fact} ({pct} % of plan)</source>
        <translation>Факт: {fact} ({pct} % плана)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fact: {fact}</source>
        <translation>Факт: {fact}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{who}, {period}: {error}</source>
        <translation>{who}, {period}: {error}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Import plans</source>
        <translation>Загрузка планов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Imported %n plan(s).</source>
        <translation>
            <numerusform>Загружен %n план.</numerusform>
            <numerusform>Загружено %n плана.</numerusform>
            <numerusform>Загружено %n планов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordParamEditor</name>
    <message>
        <location filename="../../ui/widgets/param_editors.py" line="+278"/>
        <source>Record number</source>
        <translation>Номер записи</translation>
    </message>
</context>
<context>
    <name>ReferenceParamEditor</name>
    <message>
        <location line="-48"/>
        <source>Loading…</source>
        <extracomment>a value set before its row exists (choices still loading)</extracomment>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <location filename="../../ui/refresh.py" line="+180"/>
        <source>Live updates off</source>
        <extracomment>At most one remote refresh per this many milliseconds (ARCHITECTURE: &quot;debounced refresh&quot;). While the event channel is down, open screens re-read themselves this often (a light poll). Live-update states (the status bar words them). the live-update state changed: one of OFF, STARTING, ON, DOWN bumped by start/stop: events of an old listener are dropped</extracomment>
        <translation>Автообновление выключено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates: connecting…</source>
        <translation>Автообновление: подключение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates on</source>
        <translation>Автообновление включено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates: reconnecting…</source>
        <translation>Автообновление: переподключение…</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../ui/reminders.py" line="+114"/>
        <source>Reminders</source>
        <extracomment>snooze(item, until)</extracomment>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss &amp;all</source>
        <translation>Закрыть &amp;все</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide until the next reminder (Esc)</source>
        <translation>Скрыть до следующего напоминания (Esc)</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n напоминание</numerusform>
            <numerusform>%n напоминания</numerusform>
            <numerusform>%n напоминаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../ui/reports_window.py" line="+116"/>
        <source>The folder {folder} does not exist.</source>
        <extracomment>tree items: the report id (None for a category) ResultTable | DocumentResult the parameter values it ran with (audit text of a later save)</extracomment>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write {path}: {reason}. Is it open in another program?</source>
        <translation>Не удалось записать {path}: {reason}. Возможно, файл открыт в другой программе?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reports</source>
        <extracomment>report id; after a successful run is shown</extracomment>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search reports (Ctrl+F)</source>
        <extracomment>closed (hidden) since the choices were loaded</extracomment>
        <translation>Поиск отчётов (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run (F9)</source>
        <translation>Сформировать (F9)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel (Esc)</source>
        <translation>Отменить (Esc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the report with these parameters (F9, Ctrl+Enter)</source>
        <translation>Сформировать отчёт с этими параметрами (F9, Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the pages (Ctrl+P)</source>
        <translation>Напечатать страницы (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the pages as a PDF file (Ctrl+S)</source>
        <translation>Сохранить страницы в файл PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel…</source>
        <translation>Сохранить в Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows as an Excel workbook (Ctrl+Shift+S)</source>
        <translation>Сохранить строки в книгу Excel (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Running “{title}”…</source>
        <translation>Формируется «{title}»…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seconds} s</source>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the highlighted parameter.</source>
        <translation>Проверьте выделенный параметр.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving {path}…</source>
        <translation>Сохранение {path}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <location filename="../../reports/preview.py" line="+87"/>
        <source>Total</source>
        <extracomment>Pages are never rasterised finer than this for a printer (600 dpi is beyond what text needs on office printers; a 1200-dpi driver would otherwise cost 4× the time for nothing visible). Height in device pixels of one rendered band of a page (about 10 MB of ARGB at 600 dpi A4 width). Role returning the line kind of a row: &quot;row&quot; | &quot;group&quot; | &quot;subtotal&quot; | &quot;total&quot;. Role returning the raw value of a cell (Decimal, date, int…; None for empty cells).</extracomment>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>RightsMatrixDialog</name>
    <message>
        <location filename="../../ui/settings/rights_matrix.py" line="+269"/>
        <location line="+141"/>
        <source>Rights</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>What each role may do with each kind of record and which report categories it may use. Export, print and reports are honoured by Kartoteka and written to the audit trail; everything else is enforced by the database server.</source>
        <translation>Что может каждая роль с каждым видом записей и какие группы отчётов ей доступны. Выгрузку, печать и отчёты ограничивает сама Kartoteka и записывает в журнал аудита; всё остальное обеспечивает сервер базы данных.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved changes take effect at each user&apos;s next login.</source>
        <translation>Сохранённые изменения вступают в силу при следующем входе каждого пользователя.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset to &amp;Defaults</source>
        <translation>&amp;По умолчанию</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Saving the rights…</source>
        <translation>Сохранение прав доступа…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Users get the new rights at their next login.</source>
        <translation>Сохранено. Пользователи получат новые права при следующем входе.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The default rights are shown. Save to apply them.</source>
        <translation>Показаны права по умолчанию. Сохраните, чтобы применить их.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The rights were changed but not saved. Close without saving?</source>
        <translation>Права изменены, но не сохранены. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>RightsModel</name>
    <message>
        <location line="-349"/>
        <source>View</source>
        <extracomment>(RightsRow attribute, column title) in column order</extracomment>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reports A: client base</source>
        <extracomment>what a report row can grant (a report is read, exported or printed, never written) report categories of shared/REPORTS.md; the report registry does not name them yet, so the editor does (move them to the registry when it arrives)</extracomment>
        <translation>Отчёты A: клиентская база</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports B: dates and occasions</source>
        <translation>Отчёты B: даты и события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports C: activity and interactions</source>
        <translation>Отчёты C: активность и взаимодействия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports D: funnel and deals</source>
        <translation>Отчёты D: воронка и сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports E: sales and money</source>
        <translation>Отчёты E: продажи и деньги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports F: plan, fact and KPI</source>
        <translation>Отчёты F: план, факт и KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports G: products and price</source>
        <translation>Отчёты G: товары и цены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports H: printable documents</source>
        <translation>Отчёты H: печатные документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports I: data quality</source>
        <translation>Отчёты I: качество данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports J: security and audit</source>
        <translation>Отчёты J: безопасность и аудит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports K: management summaries</source>
        <translation>Отчёты K: сводки для руководства</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Administrators always view and edit clients.</source>
        <extracomment>(role, entity, action) the server refuses to take away (app.security.save_rights)</extracomment>
        <translation>Администраторы всегда просматривают и изменяют клиентов.</translation>
    </message>
</context>
<context>
    <name>RuleEditDialog</name>
    <message>
        <location filename="../../ui/settings/automation.py" line="-237"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Automation Rule</source>
        <translation>Правило автоматизации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(any stage)</source>
        <translation>(любой этап)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(any funnel)</source>
        <translation>(любая воронка)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Call {client} about {deal}</source>
        <translation>например: Позвонить {client} по сделке {deal}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> d</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funnel:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days:</source>
        <translation>&amp;Дней:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Do:</source>
        <translation>Дей&amp;ствие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task &amp;kind:</source>
        <translation>Вид &amp;задачи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp;after:</source>
        <translation>Срок &amp;через:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>Прио&amp;ритет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;or:</source>
        <translation>Д&amp;ля кого:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+37"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Прервать импорт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the &amp;error file…</source>
        <translation>Сохранить файл &amp;ошибок…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{rows} rows, {rate} rows/s</source>
        <translation>строк {rows}, {rate} строк/с</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled; what was imported can be undone.</source>
        <translation>Прервано; импортированное можно отменить.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{head} Batch {batch}: {summary}</source>
        <translation>{head} Пакет {batch}: {summary}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the error file</source>
        <translation>Сохранение файла ошибок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error file</source>
        <translation>Файл ошибок</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>Записана %n строка.</numerusform>
            <numerusform>Записаны %n строки.</numerusform>
            <numerusform>Записано %n строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="+37"/>
        <source>Search: name, phone, INN, e-mail, contact…</source>
        <extracomment>Quiet time after the last key before the query goes out.</extracomment>
        <translation>Поиск: наименование, телефон, ИНН, e-mail, контакт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find clients by name, legal name, INN, phone in any format, e-mail or contact person (Ctrl+F). Esc clears.</source>
        <translation>Поиск клиентов по наименованию, полному наименованию, ИНН, телефону в любом формате, e-mail или контактному лицу (Ctrl+F). Esc очищает строку.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/planner/task_dialog.py" line="+42"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New task</source>
        <extracomment>Saved the last refusal shown at a field (tests read it)</extracomment>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is to be done (Enter saves)</source>
        <translation>Что нужно сделать (Enter — сохранить)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min before</source>
        <translation> мин до начала</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Details (Ctrl+Enter saves)</source>
        <translation>Подробности (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminder:</source>
        <translation>Напо&amp;минание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;eal:</source>
        <translation>С&amp;делка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact:</source>
        <translation>К&amp;онтакт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;scription:</source>
        <translation>Описани&amp;е:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Done {when}: {result}</source>
        <translation>Выполнена {when}: {result}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the client from the list (or clear the field).</source>
        <translation>Выберите клиента из списка (или очистите поле).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../ui/cards/deal_activity.py" line="-97"/>
        <source>&amp;New task</source>
        <extracomment>Changes of a save made here the last dialog opened (tests use it)</extracomment>
        <translation>&amp;Новая задача</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New task for this deal (Ins)</source>
        <translation>Новая задача по этой сделке (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the task (Enter)</source>
        <translation>Открыть задачу (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done…</source>
        <translation>&amp;Выполнено…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the task done (Ctrl+D)</source>
        <translation>Отметить задачу выполненной (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/settings/doc_templates.py" line="+39"/>
        <source>Document Templates</source>
        <translation>Шаблоны документов</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Double-click a field to insert it</source>
        <translation>Двойной щелчок вставляет поле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraphs are separated by an empty line. “# ” starts a heading, “## ” a smaller one; [table] places the document&apos;s table, [signatures] the signature lines; {field} is replaced by its value.</source>
        <translation>Абзацы разделяются пустой строкой. «# » начинает заголовок, «## » — подзаголовок; [table] — место таблицы документа, [signatures] — подписи; {field} заменяется значением поля.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Default text</source>
        <translation>&amp;Исходный текст</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fields:</source>
        <translation>Поля:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The built-in text (not changed yet)</source>
        <translation>Встроенный текст (ещё не изменялся)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own text</source>
        <translation>Ваш текст</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <location filename="../../ui/errors.py" line="-15"/>
        <source>Something went wrong inside Kartoteka: {error}

Your data in the database is safe. If this happens again, send the details below to your administrator.</source>
        <extracomment>Set by ``ui/link_status.py`` while it watches a server connection: a lost link is said once in the status bar, never as one modal box per failed job or timer (issue #15).</extracomment>
        <translation>Внутренняя ошибка Kartoteka: {error}

Ваши данные в базе в сохранности. Если ошибка повторится, отправьте подробности ниже администратору.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Latin letters, digits and _, e.g. IVANOV</source>
        <translation>латинские буквы, цифры и _, например IVANOV</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>&amp;Видит:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Повтор п&amp;ароля:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_roles.py" line="+286"/>
        <source>Add User</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password must have at least {n} characters. Give it to the user in person.</source>
        <translation>Пароль должен содержать не менее {n} символов. Передайте его пользователю лично.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An embedded database has no passwords: the user is recorded with a role and what they see.</source>
        <translation>У встроенной базы данных нет паролей: для пользователя записываются роль и доступные ему записи.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change Role of {login}</source>
        <translation>Смена роли {login}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change Role</source>
        <translation>&amp;Изменить роль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new role takes effect at the user&apos;s next login; what they see changes at once.</source>
        <translation>Новая роль вступит в силу при следующем входе пользователя; доступные ему записи меняются сразу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Password for {login}</source>
        <translation>Новый пароль для {login}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set Password</source>
        <translation>&amp;Установить пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must have at least {n} characters. It works from the user&apos;s next login.</source>
        <translation>Пароль должен содержать не менее {n} символов. Он действует со следующего входа пользователя.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <location line="-374"/>
        <source>All records</source>
        <extracomment>visibility scope code -&gt; what the user then sees (CRM_USERS.SCOPE)</extracomment>
        <translation>Все записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own department</source>
        <translation>Записи своего отдела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own records</source>
        <translation>Только свои записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, disabled</source>
        <translation>Нет, отключён</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sees</source>
        <translation>Видит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is an embedded database on this computer: it has no passwords. A user here records a role and what the person sees; a new role takes effect at the next login.</source>
        <translation>Это встроенная база данных на этом компьютере: паролей у неё нет. Пользователь здесь задаёт роль и доступные человеку записи; новая роль вступает в силу при следующем входе.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n пользователь</numerusform>
            <numerusform>%n пользователя</numerusform>
            <numerusform>%n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Disable User</source>
        <translation>Отключение пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable {login} ({name})?

The login stops working at once and the user sees no records any more. Their clients, deals and history stay in the database.</source>
        <translation>Отключить {login} ({name})?

Логин сразу перестанет работать, и пользователь больше не увидит ни одной записи. Его клиенты, сделки и история останутся в базе данных.</translation>
    </message>
    <message>
        <source>Users and Roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>Every user is a login on the database server with one role. A new role takes effect at the user&apos;s next login; disabling a user takes effect at once.</source>
        <translation>Каждый пользователь — это логин на сервере базы данных с одной ролью. Новая роль вступает в силу при следующем входе пользователя, отключение — сразу.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
</context>
<context>
    <name>ViewSelector</name>
    <message>
        <location filename="../../ui/lists/client_views.py" line="+36"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My clients</source>
        <translation>Мои клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping 60 days</source>
        <translation>Без контакта 60 дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No next step</source>
        <translation>Без следующего шага</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>View name:</source>
        <translation>Название вида:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;View:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved filters, columns and sort order</source>
        <translation>Сохранённые фильтры, колонки и сортировка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save, rename or delete views</source>
        <translation>Сохранить, переименовать или удалить вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save view</source>
        <translation>&amp;Сохранить вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save view &amp;as…</source>
        <translation>Сохранить вид &amp;как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename view…</source>
        <translation>&amp;Переименовать вид…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Удалить вид</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{view} (changed)</source>
        <translation>{view} (изменён)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save view as</source>
        <translation>Сохранение вида</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save view</source>
        <translation>Сохранение вида</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A view named “{name}” exists. Replace it?</source>
        <translation>Вид «{name}» уже есть. Заменить его?</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Rename view</source>
        <translation>Переименование вида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A view named “{name}” exists already.</source>
        <translation>Вид «{name}» уже есть.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete view</source>
        <translation>Удаление вида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the view “{name}”?</source>
        <translation>Удалить вид «{name}»?</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/ops.py" line="+77"/>
        <source>Not connected to a database. Use File &gt; Connect… to open one.</source>
        <extracomment>Work shorter than this shows nothing at all (no flashing dialogs or cursors). Progress callbacks are forwarded to the GUI at most this often (a tight loop would flood it).</extracomment>
        <translation>Нет подключения к базе данных. Откройте её командой Файл &gt; Подключиться…</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The database was closed or changed before this could run. Please try again.</source>
        <extracomment>&quot;ctx&quot;: fn(ctx, *args) | &quot;open&quot;: fn(*args) -&gt; AppContext | &quot;close&quot; &quot;close&quot; only: called on the worker afterwards &quot;open&quot;: the _Link generation its outcome is published under; report &quot;ctx&quot; jobs: the generation they were submitted in (a later one makes them Superseded) the open AppContext; touched only on the worker thread where an opened context&apos;s spec is published for the report lane the _Link generation self._ctx was opened for</extracomment>
        <translation>База данных была закрыта или сменена до того, как это успело выполниться. Повторите, пожалуйста.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="+89"/>
        <source>Da&amp;shboard</source>
        <extracomment>what each screen shows (a change elsewhere does not make it stale) the tabs in order (their names are what ``current_name`` returns and ui.state remembers) the visible screen has its first data after a connect (or its first load failed) connected, the first screen&apos;s data not there yet name -&gt; tab page (the dashboard&apos;s and the planner&apos;s are their scroll areas)</extracomment>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Board</source>
        <translation>&amp;Воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deals</source>
        <translation>&amp;Сделки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Planner</source>
        <translation>&amp;Планировщик</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../ui/dialogs/idle_lock.py" line="-112"/>
        <source>Kartoteka is locked</source>
        <extracomment>settings key (per user, :func:`ui.state.settings`): minutes of inactivity before locking; 0 = never wrong passwords in a row after which the dialog warns that the server will make the next try wait events that count as &quot;the user is here&quot;</extracomment>
        <translation>Kartoteka заблокирована</translation>
    </message>
</context>
<context>
    <name>_PhoneRow</name>
    <message>
        <location filename="../../ui/cards/client_card/item_lists.py" line="-116"/>
        <source>ext.</source>
        <translation>доб.</translation>
    </message>
</context>
<context>
    <name>_ReminderCard</name>
    <message>
        <location filename="../../ui/reminders.py" line="-124"/>
        <source>Due {when}</source>
        <extracomment>how often the notifier asks for due reminders &quot;tomorrow&quot; snoozes to this hour of the next day</extracomment>
        <translation>Срок: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 min</source>
        <translation>10 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind again in 10 minutes</source>
        <translation>Напомнить ещё раз через 10 минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind again in an hour</source>
        <translation>Напомнить ещё раз через час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind again tomorrow at 9:00</source>
        <translation>Напомнить ещё раз завтра в 9:00</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snooze:</source>
        <translation>Отложить:</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../ui/cards/client_card/item_lists.py" line="-29"/>
        <source>main</source>
        <translation>основной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The main one: shown in lists and used first</source>
        <translation>Основной: показывается в списках и используется в первую очередь</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+39"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Подключиться…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another database or server connection</source>
        <translation>Открыть другую базу данных или подключение к серверу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Kartoteka CRM</source>
        <translation>Закрыть Kartoteka CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the list from the database</source>
        <translation>Перечитать список из базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;deal for the client…</source>
        <translation>Новая &amp;сделка по клиенту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an empty deal card for the client selected in the list</source>
        <translation>Открыть пустую карточку сделки для клиента, выбранного в списке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print client card…</source>
        <translation>&amp;Печать карточки клиента…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview and print the card of the selected client</source>
        <translation>Просмотреть и напечатать карточку выбранного клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client d&amp;ossier…</source>
        <translation>&amp;Досье клиента…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card with deals, tasks, history and files of the selected client</source>
        <translation>Карточка со сделками, задачами, историей и файлами выбранного клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find d&amp;uplicates…</source>
        <translation>Поиск д&amp;ублей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients with the same INN, phone, e-mail or a similar name; merge them</source>
        <translation>Клиенты с одинаковым ИНН, телефоном, e-mail или похожим названием; их объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;deal…</source>
        <translation>Новая &amp;сделка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an empty deal card; choose the client in it</source>
        <translation>Открыть пустую карточку сделки; клиент выбирается в ней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;lead…</source>
        <translation>Новый &amp;лид…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a request: a deal in the first stage, given to a manager</source>
        <translation>Зарегистрировать обращение: сделка на первом этапе, переданная менеджеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report catalogue: choose, set parameters, preview, print, export</source>
        <translation>Каталог отчётов: выбор, параметры, просмотр, печать, выгрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kartoteka CRM</source>
        <translation>&amp;О программе Kartoteka CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and connection details</source>
        <translation>Версия программы и сведения о подключении</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;New client…</source>
        <extracomment>dotted, stable (settings and tests refer to it) QT_TRANSLATE_NOOP(&quot;actions&quot;, …); &quot;&amp;&quot; marks the mnemonic name in resources/icons status tip, QT_TRANSLATE_NOOP(&quot;actions&quot;, …) where the shortcut works; None = the whole window. Client &gt; Open shows Enter in the menu but answers it only in the list (a window-wide Return would steal Enter from every line edit)</extracomment>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an empty card for a new client</source>
        <translation>Открыть пустую карточку для нового клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open client card</source>
        <translation>&amp;Открыть карточку клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the card of the client selected in the list</source>
        <translation>Открыть карточку клиента, выбранного в списке</translation>
    </message>
</context>
<context>
    <name>app.automation</name>
    <message>
        <location filename="../../app/automation.py" line="+47"/>
        <source>Deal entered a stage</source>
        <extracomment>event kind → what the administrator reads</extracomment>
        <translation>Сделка перешла на этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client created</source>
        <translation>Создан клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal idle for N days</source>
        <translation>Сделка без движения N дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task overdue for N days</source>
        <translation>Задача просрочена на N дней</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify</source>
        <translation>Уведомить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The responsible</source>
        <translation>Ответственному</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chosen user</source>
        <translation>Выбранному пользователю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The responsible&apos;s head of department</source>
        <translation>Руководителю отдела ответственного</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Give the rule a name.</source>
        <extracomment>events run by the scheduled job (the others by triggers) candidates fetched per statement by the job; it loops until a rule has nothing left tasks created or notifications written by this rule in this run one sentence per rule that failed</extracomment>
        <translation>Дайте правилу название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Название слишком длинное (допускается не более 200 символов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose when the rule runs.</source>
        <translation>Выберите, когда срабатывает правило.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the rule does.</source>
        <translation>Выберите, что делает правило.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose for whom.</source>
        <translation>Выберите, для кого.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the stage the deal enters.</source>
        <translation>Выберите этап, на который переходит сделка.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days must be between 0 and {max}.</source>
        <translation>Число дней должно быть от 0 до {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deal is idle after at least 1 day.</source>
        <translation>Сделка считается зависшей не раньше чем через 1 день.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the user.</source>
        <translation>Выберите пользователя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the task title or the notification text.</source>
        <translation>Напишите название задачи или текст уведомления.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is too long (at most 200 characters).</source>
        <translation>Текст слишком длинный (допускается не более 200 символов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of task.</source>
        <translation>Выберите вид задачи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due time must be within a year of the event.</source>
        <translation>Срок должен быть не позже чем через год после события.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the priority.</source>
        <translation>Выберите приоритет.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The stage no longer exists.</source>
        <translation>Этап больше не существует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stage is not in the chosen funnel.</source>
        <translation>Этап не входит в выбранную воронку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This rule was deleted by another user.</source>
        <translation>Это правило удалено другим пользователем.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+3"/>
        <source>Rule “{name}”: {error}</source>
        <extracomment>open deals idle since before the cutoff, without a run of this rule for that idle period open tasks due before the cutoff, without a run of this rule for that due stamp (tasks the rule made itself are left alone, so &quot;overdue -&gt; task&quot; cannot feed on its own output)</extracomment>
        <translation>Правило «{name}»: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Call the client when the deal is qualified</source>
        <translation>Позвонить клиенту, когда сделка прошла квалификацию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call {client}: {deal}</source>
        <translation>Позвонить {client}: {deal}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the head about a won deal</source>
        <translation>Сообщить руководителю о выигранной сделке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal won: {deal} ({client})</source>
        <translation>Сделка выиграна: {deal} ({client})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up a deal idle for a week</source>
        <translation>Напомнить о сделке без движения в течение недели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal idle for a week: {deal}</source>
        <translation>Сделка без движения неделю: {deal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the head about tasks overdue 2 days</source>
        <translation>Сообщить руководителю о задачах, просроченных на 2 дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue for 2 days: {task}</source>
        <translation>Просрочено на 2 дня: {task}</translation>
    </message>
</context>
<context>
    <name>app.backup</name>
    <message>
        <location filename="../../app/backup.py" line="+99"/>
        <source>{table}: {a} rows, expected {e}{sum}</source>
        <extracomment>Tables whose content (not only row count) a verification compares. Audit details prefix of a backup entry (action EXPORT). A backup older than this is flagged on the Backups page. Settings keys of the scheduled backup (SETTINGS table, edited on the Backups page). ``progress(done, total, what)`` only for KEY_TABLES</extracomment>
        <translation>{table}: строк {a}, ожидалось {e}{sum}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (content differs)</source>
        <translation> (содержимое различается)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verified: {tables} tables, {rows} rows, {keys} key tables by checksum</source>
        <translation>проверено: таблиц {tables}, строк {rows}, ключевых таблиц по контрольной сумме {keys}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+131"/>
        <location line="+9"/>
        <source>restoring</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>{path} is a folder; give a file name like crm.fbk.</source>
        <translation>{path} — это папка; укажите имя файла, например crm.fbk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Cannot write to {path}: {why}</source>
        <translation>Не удаётся записать в {path}: {why}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was stopped; no file was written.</source>
        <translation>Резервное копирование остановлено; файл не записан.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The services API cannot take this name: {why}</source>
        <translation>Служба резервного копирования не принимает это имя: {why}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+89"/>
        <source>There is no backup file {path}.</source>
        <translation>Файла резервной копии {path} нет.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>The database {target} exists; add --replace to overwrite it.</source>
        <translation>База {target} уже существует; чтобы заменить её, добавьте --replace.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The database {target} is in use by another program; close it there before restoring over it.</source>
        <translation>База {target} открыта в другой программе; закройте её там, прежде чем восстанавливать поверх.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database {target} is in use ({n} connections); ask everyone to close Kartoteka before restoring over it.</source>
        <translation>База {target} используется (подключений: {n}); попросите всех закрыть Kartoteka, прежде чем восстанавливать поверх.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no figures beside the backup (make it with --verify to get them): only the schema was checked</source>
        <translation>рядом с копией нет контрольных цифр (их даёт копия с --verify): проверена только схема</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>no backup folder set</source>
        <translation>папка для резервных копий не задана</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup {path} did not verify: {why}</source>
        <translation>Резервная копия {path} не прошла проверку: {why}</translation>
    </message>
</context>
<context>
    <name>app.board</name>
    <message>
        <location filename="../../app/board.py" line="+198"/>
        <source>This funnel no longer exists or is no longer active.</source>
        <extracomment>The board&apos;s and the list&apos;s filters (see :class:`db.queries.deal_board.DealFilter`). list sort keys the UI may offer (column key → server sort) errors that stop a batch of moves at once (nothing further can work) whole days since the last activity open, the stage rots after N days, and no activity for at least N days deals in the stage matching the filters (may exceed len(cards)) their amounts summed (currencies are not converted) at most the board&apos;s card limit one per stage, in stage order (also the empty ones) None when this was the last page active CRM users (and me), by name; only me for a login of scope OWN (id, name, colour) ValidationError&apos;s field (&quot;lost_reason_id&quot;: a reason is needed)</extracomment>
        <translation>Эта воронка больше не существует или отключена.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>ID</source>
        <extracomment>(row attribute, column title, kind) of the exported sheet</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deals</source>
        <extracomment>rows per fetch and per progress call of the export</extracomment>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{n} deals written</source>
        <translation>Записано сделок: {n}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not write the file {path}: {why}</source>
        <translation>Не удалось записать файл {path}: {why}</translation>
    </message>
</context>
<context>
    <name>app.cli</name>
    <message>
        <location filename="../../app/cli.py" line="+24"/>
        <source>connection</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database file, or server DSN host/port:path-or-alias (default: the embedded demo database)</source>
        <translation>файл базы данных или адрес сервера сервер/порт:путь-или-псевдоним (по умолчанию — встроенная демонстрационная база)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+200"/>
        <source>Firebird user (default: $KARTOTEKA_USER or SYSDBA)</source>
        <translation>пользователь Firebird (по умолчанию $KARTOTEKA_USER или SYSDBA)</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+199"/>
        <source>read the password from the first line of standard input</source>
        <translation>прочитать пароль из первой строки стандартного ввода</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>SQL role to connect with (default: the login&apos;s CRM role)</source>
        <translation>SQL-роль для подключения (по умолчанию — CRM-роль логина)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+171"/>
        <source>slow link: turn on wire compression</source>
        <translation>медленный канал: включить сжатие трафика</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Kartoteka CRM. Without a command, starts the desktop client.</source>
        <translation>Kartoteka CRM. Без команды запускает настольный клиент.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the desktop client (the default)</source>
        <translation>запустить настольный клиент (по умолчанию)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create a new database with the current schema</source>
        <translation>создать новую базу данных с текущей схемой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace an existing database</source>
        <translation>заменить существующую базу данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also fill it with N demo clients</source>
        <translation>заодно заполнить её N демонстрационными клиентами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upgrade a database to this program&apos;s schema</source>
        <translation>обновить базу данных до схемы этой версии программы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where the backup taken before upgrading goes (default: the backups folder in the user&apos;s data folder)</source>
        <translation>куда записать резервную копию перед обновлением (по умолчанию — папка backups в папке данных пользователя)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>upgrade without taking a backup first (tests, throw-away databases)</source>
        <translation>обновить без предварительной резервной копии (тесты, одноразовые базы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add realistic demo data</source>
        <translation>добавить правдоподобные демонстрационные данные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number of clients (default 1000)</source>
        <translation>количество клиентов (по умолчанию 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (default 1)</source>
        <translation>начальное значение генератора случайных чисел (по умолчанию 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>engine version, schema version and row counts</source>
        <translation>версия сервера, версия схемы и количество строк</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check connectivity and schema health</source>
        <translation>проверить подключение и состояние схемы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manage CRM users (Firebird logins); connects as $KARTOTEKA_USER/$KARTOTEKA_PASSWORD (SYSDBA or RDB$ADMIN)</source>
        <translation>управление пользователями CRM (логинами Firebird); подключается как $KARTOTEKA_USER/$KARTOTEKA_PASSWORD (SYSDBA или RDB$ADMIN)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create a user with a role</source>
        <translation>создать пользователя с ролью</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>department name (created if new)</source>
        <translation>название отдела (создаётся, если его нет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s name as shown in the CRM</source>
        <translation>имя человека, как оно показывается в CRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record visibility (default from the role)</source>
        <translation>видимость записей (по умолчанию — по роли)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the NEW user&apos;s password from standard input</source>
        <translation>прочитать пароль НОВОГО пользователя из стандартного ввода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list users</source>
        <translation>список пользователей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock a user out</source>
        <translation>отключить пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a user&apos;s password</source>
        <translation>задать пароль пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the new password from standard input</source>
        <translation>прочитать новый пароль из стандартного ввода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change a user&apos;s role (effective at the next login)</source>
        <translation>сменить роль пользователя (действует со следующего входа)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the reports, or run one to PDF/XLSX/text</source>
        <translation>список отчётов или формирование отчёта в PDF/XLSX/текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report id (see --list)</source>
        <translation>идентификатор отчёта (см. --list)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print one line per report: id, category letter, title (tab-separated)</source>
        <translation>вывести по строке на отчёт: идентификатор, буква раздела, название (через табуляцию)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a parameter value, e.g. period=last_month or period=2026-01-01..2026-03-31 (repeatable)</source>
        <translation>значение параметра, например period=last_month или period=2026-01-01..2026-03-31 (можно повторять)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a PDF file</source>
        <translation>записать файл PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an Excel (XLSX) file</source>
        <translation>записать файл Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report&apos;s &apos;today&apos; (default: today)</source>
        <translation>«сегодня» для отчёта (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report language (default: the program&apos;s language option or $LANG)</source>
        <translation>язык отчёта (по умолчанию — язык из настроек программы или $LANG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduled jobs (call from cron or the Windows Task Scheduler); connect as a CRM administrator</source>
        <translation>плановые задания (запускать из cron или Планировщика заданий Windows); подключаться от имени администратора CRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run the time automation rules (deal idle, task overdue) once; safe to repeat</source>
        <translation>однократно выполнить правила автоматизации по времени (зависшие сделки, просроченные задачи); повторный запуск безопасен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference time instead of the current time</source>
        <translation>опорное время вместо текущего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also make the day&apos;s backup into DIR (default: the folder set on the Backups page; none: no backup) and rotate old ones</source>
        <translation>также сделать дневную резервную копию в папку DIR (по умолчанию — папка со страницы «Резервные копии»; если её нет — без копии) и удалить устаревшие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily backups to keep</source>
        <translation>сколько хранить ежедневных копий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly backups to keep</source>
        <translation>сколько хранить еженедельных копий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list groups of probable duplicate clients</source>
        <translation>список групп вероятных дублей клиентов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only groups scoring at least N (0-100)</source>
        <translation>только группы с оценкой не ниже N (0-100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge clients, list merges, undo a merge</source>
        <translation>объединить клиентов, список объединений, отмена объединения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge the clients into the first one (its values win, gaps filled from the others)</source>
        <translation>объединить клиентов с первым (его значения остаются, пустые поля заполняются из других)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the merges, newest first</source>
        <translation>список объединений, новые первыми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undo a merge (while the kept client is unchanged)</source>
        <translation>отменить объединение (пока оставленный клиент не изменён)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import clients or deals from XLSX, CSV/TSV or vCard; list or undo imports</source>
        <translation>импорт клиентов или сделок из XLSX, CSV/TSV или vCard; список и отмена импортов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import from a file (XLSX, CSV/TSV, vCard)</source>
        <translation>импорт из файла (XLSX, CSV/TSV, vCard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a saved mapping&apos;s name or a mapping JSON file (default: the mapping guessed from the headers)</source>
        <translation>имя сохранённого сопоставления или JSON-файл сопоставления (по умолчанию: угаданное по заголовкам)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save the mapping used under this name</source>
        <translation>сохранить использованное сопоставление под этим именем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX sheet name or number (default: the first)</source>
        <translation>имя или номер листа XLSX (по умолчанию: первый)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV encoding (default: sniffed)</source>
        <translation>кодировка CSV (по умолчанию: определяется автоматически)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV delimiter (default: sniffed; &apos;tab&apos; for TSV)</source>
        <translation>разделитель CSV (по умолчанию: определяется автоматически; &apos;tab&apos; для TSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what to do with a client already in the base or earlier in the file (default: skip)</source>
        <translation>что делать с клиентом, который уже есть в базе или выше в файле (по умолчанию: пропустить)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check everything and print the counts; write nothing</source>
        <translation>всё проверить и напечатать итоги, ничего не записывая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write the failed rows with a reason column (default: FILE.errors.csv/.xlsx next to the source)</source>
        <translation>куда записать строки с ошибками и колонкой причины (по умолчанию: ФАЙЛ.errors.csv/.xlsx рядом с исходным)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the mapping as JSON and stop (edit it and pass --mapping)</source>
        <translation>напечатать сопоставление в JSON и остановиться (исправьте и передайте через --mapping)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undo an import: remove what it created, restore what it updated</source>
        <translation>отменить импорт: удалить созданное, вернуть изменённое</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the imports (newest first)</source>
        <translation>список импортов (сначала новые)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>copy a whole database into a new one on another engine or server (resumes an interrupted copy)</source>
        <translation>скопировать всю базу в новую на другом движке или сервере (прерванное копирование продолжается)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database to copy (file or host/port:path-or-alias)</source>
        <translation>база, которую копировать (файл или хост/порт:путь-или-псевдоним)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new database (must not exist, or be an interrupted copy)</source>
        <translation>новая база (не должна существовать или должна быть прерванной копией)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firebird user for server sides (default: $KARTOTEKA_USER or SYSDBA)</source>
        <translation>пользователь Firebird для серверных баз (по умолчанию $KARTOTEKA_USER или SYSDBA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the password from standard input (else $KARTOTEKA_PASSWORD; a server source may use $KARTOTEKA_SOURCE_PASSWORD)</source>
        <translation>прочитать пароль со стандартного ввода (иначе $KARTOTEKA_PASSWORD; для серверного источника можно задать $KARTOTEKA_SOURCE_PASSWORD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skip comparing row counts and checksums afterwards</source>
        <translation>не сравнивать потом число строк и контрольные суммы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back up a database into a .fbk file on this machine (services API; server or embedded)</source>
        <translation>сделать резервную копию базы в файл .fbk на этом компьютере (службы Firebird; сервер или встроенная база)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backup file</source>
        <translation>файл резервной копии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore it into a temporary database and compare row counts and checksums of the key tables</source>
        <translation>восстановить её во временную базу и сравнить число строк и контрольные суммы ключевых таблиц</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore a .fbk file into a database (or only verify it)</source>
        <translation>восстановить базу из файла .fbk (или только проверить его)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database to create (file or host/port:path-or-alias)</source>
        <translation>создаваемая база (файл или хост/порт:путь-или-псевдоним)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overwrite an existing database (refused while anyone uses it)</source>
        <translation>заменить существующую базу (отказ, пока ею кто-то пользуется)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the restored database against the figures saved with the backup (without --to: restore into a temporary database)</source>
        <translation>сверить восстановленную базу с цифрами, сохранёнными вместе с копией (без --to — восстановить во временную базу)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIFFERS</source>
        <translation>РАЗЛИЧАЕТСЯ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{verb} {rows} rows from {source} to {target} in {sec:.1f} s</source>
        <translation>{verb} строк: {rows}, из {source} в {target} за {sec:.1f} с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed: copied</source>
        <translation>Продолжено: скопировано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logins are not copied. CRM users who need a login on the target (kartoteka users add LOGIN --role ROLE --password-stdin --db TARGET):</source>
        <translation>Логины не копируются. Пользователи CRM, которым нужен логин на новой базе (kartoteka users add ЛОГИН --role РОЛЬ --password-stdin --db БАЗА):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a login</source>
        <translation>логин есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs a login</source>
        <translation>нужен логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(disabled)</source>
        <translation>(отключён)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the copy differs from the source (see the table above)</source>
        <translation>копия отличается от источника (см. таблицу выше)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>verification failed</source>
        <translation>проверка не пройдена</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup {path}: {mb:.1f} MiB in {sec:.1f} s</source>
        <translation>Резервная копия {path}: {mb:.1f} МиБ за {sec:.1f} с</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>say where to restore with --to TARGET, or only check the file with --verify</source>
        <translation>укажите, куда восстанавливать (--to БАЗА), или только проверьте файл (--verify)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored {target} in {sec:.1f} s</source>
        <translation>База {target} восстановлена за {sec:.1f} с</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Created {target}</source>
        <translation>Создана база {target}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No backup, no upgrade: {why} (--no-backup skips the backup)</source>
        <translation>Без резервной копии обновления не будет: {why} (--no-backup пропускает копию)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup before upgrading: {path}</source>
        <translation>Резервная копия перед обновлением: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema is current ({rev})</source>
        <translation>Схема актуальна ({rev})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema upgraded from {before} to {after}</source>
        <translation>Схема обновлена с {before} до {after}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo data added in {sec:.1f} s: {summary}</source>
        <translation>Демонстрационные данные добавлены за {sec:.1f} с: {summary}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>connected: {info}</source>
        <translation>подключено: {info}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check failed</source>
        <translation>проверка не пройдена</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>User {login} ({role}, scope {scope}) is ready</source>
        <translation>Пользователь {login} ({role}, видимость {scope}) готов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User {login} is disabled</source>
        <translation>Пользователь {login} отключён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of {login} changed</source>
        <translation>Пароль пользователя {login} изменён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User {login} now has role {role} (from the next login)</source>
        <translation>Пользователю {login} назначена роль {role} (со следующего входа)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--now must be a date and time like 2026-01-31T09:00</source>
        <translation>--now должно быть датой и временем вида 2026-01-31T09:00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup: {path}</source>
        <translation>Резервная копия: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old backup removed: {path}</source>
        <translation>Удалена устаревшая копия: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n} done</source>
        <translation>{name}: выполнено {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automation at {now}: {n} tasks/notifications from {rules} rules</source>
        <translation>Автоматизация на {now}: задач/уведомлений — {n}, правил — {rules}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>group {n}: score {score}, {reasons}</source>
        <translation>группа {n}: оценка {score}, {reasons}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n group(s) of possible duplicates</source>
        <translation>
            <numerusform>%n группа возможных дублей</numerusform>
            <numerusform>%n группы возможных дублей</numerusform>
            <numerusform>%n групп возможных дублей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the kept client&apos;s id and at least one more</source>
        <translation>укажите номер оставляемого клиента и хотя бы ещё один</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge {id}: {merged} merged into {survivor}, {rows} rows moved</source>
        <translation>объединение {id}: {merged} объединены с {survivor}, перенесено строк: {rows}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>merge {id} undone</source>
        <translation>объединение {id} отменено</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>kept {entity} #{id}: {why}</source>
        <translation>оставлено: {entity} #{id}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import {batch} undone: {deleted} records removed, {restored} restored, {kept} left as they are</source>
        <translation>Импорт {batch} отменён: удалено записей {deleted}, восстановлено {restored}, оставлено как есть {kept}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dry run of {file} ({where}): {summary}</source>
        <translation>Пробный прогон {file} ({where}): {summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file} ({where}) as batch {batch}: {summary}</source>
        <translation>Импортирован {file} ({where}), пакет {batch}: {summary}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>... and {n} more</source>
        <translation>... и ещё {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} failed rows with the reason written to {file}; correct them and import that file again</source>
        <translation>Строки с ошибками ({n}) и причины записаны в {file}; исправьте их и импортируйте этот файл снова</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no graphical display here; run the desktop client in a desktop session (or see &apos;kartoteka --help&apos; for the commands)</source>
        <translation>здесь нет графического экрана: запустите программу в сеансе рабочего стола (команды: &apos;kartoteka --help&apos;)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
</context>
<context>
    <name>app.clients</name>
    <message>
        <location filename="../../app/clients.py" line="+330"/>
        <location line="+571"/>
        <source>This client no longer exists (deleted or merged by another user).</source>
        <extracomment>values of the custom-field columns asked for, in order None when this was the last page Scalar fields of a draft that map 1:1 to CLIENTS columns. custom field id → value; None = not loaded/not edited (then stored values are left alone) the version the user saw; None for a new client the editable part, as loaded (keep a copy as the &quot;original&quot; for saves) (id, name, colour) (classifier, value) &quot;phone&quot;, &quot;email&quot;, &quot;inn&quot;, &quot;name&quot; a digit search starts at 3 digits (fewer would read most of SEARCH_KEYS)
----------
Sort keys :func:`list_clients_page` accepts (the list&apos;s sortable columns). Client statuses in lifecycle order (the list&apos;s status filter). CRM_USERS.ID of the connected login (None: no CRM user row) active users (id, full name) by name (id, name, colour) by name client custom fields (possible list columns) (value id, &quot;Classifier: value&quot;) the list&apos;s choices in one statement (issue #12: four statements cost 8 round trips on a fresh connection over a WAN, 2 now): kind, id, name, then per kind U user: B &apos;1&apos; for me · T tag: B its colour · V classifier value (name &quot;classifier: value&quot;) F client custom field: B code, C kind, N1 sort order, N3 version, N4 required, E choices. Ordered as the four statements were: users and tags by name, values by classifier order and name then value order and name, fields by order and label.</extracomment>
        <translation>Этого клиента больше нет (другой пользователь удалил его или объединил с другим).</translation>
    </message>
    <message>
        <location line="-491"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose company or person.</source>
        <translation>Выберите: юридическое или физическое лицо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+356"/>
        <source>Unknown status {s}.</source>
        <translation>Неизвестный статус {s}.</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondent account</source>
        <translation>Корреспондентский счёт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is too long ({n} characters, at most {max}).</source>
        <translation>Заметка слишком длинная ({n} символов, допускается не более {max}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact name</source>
        <translation>ФИО контактного лица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>This client was deleted by another user; your changes can be saved as a new client.</source>
        <extracomment>the columns a card save writes when neither the note nor the tags changed (most saves)</extracomment>
        <translation>Этот клиент удалён другим пользователем; ваши изменения можно сохранить как нового клиента.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>This client no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You may not delete clients; archive it instead.</source>
        <translation>У вас нет права удалять клиентов; перенесите клиента в архив.</translation>
    </message>
</context>
<context>
    <name>app.company</name>
    <message>
        <location filename="../../app/company.py" line="+87"/>
        <source>Enter the company&apos;s name.</source>
        <extracomment>VAT rate in percent printed on invoices; empty = &quot;without VAT&quot; printed under the invoice table (payment terms)</extracomment>
        <translation>Введите наименование организации.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only digits, please.</source>
        <translation>Только цифры, пожалуйста.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be {n} digits.</source>
        <translation>Должно быть {n} цифр.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VAT is a percentage between 0 and 50, or empty.</source>
        <translation>НДС — процент от 0 до 50 или пусто.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo is too large ({kb} KB, at most {max} KB).</source>
        <translation>Логотип слишком большой ({kb} КБ, допускается не более {max} КБ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>Логотип должен быть изображением PNG или JPEG.</translation>
    </message>
</context>
<context>
    <name>app.context</name>
    <message>
        <location filename="../../app/context.py" line="+53"/>
        <source>Embedded file {path}</source>
        <extracomment>embedded | lan | wan the file path or the server DSN the wire encryption plugin (ChaCha64, ChaCha, Arc4) of a server connection, None otherwise</extracomment>
        <translation>Встроенная база {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server {dsn}</source>
        <translation>Сервер {dsn}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encrypted: {cipher}</source>
        <translation>шифрование: {cipher}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>шифрование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>сжатие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} · user {user} · Firebird {version}{tail}</source>
        <translation>{where} · пользователь {user} · Firebird {version}{tail}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server name {host} is unknown: check the spelling, or use its IP address.</source>
        <extracomment>Seconds the diagnosis of an unreachable server waits for a TCP answer.</extracomment>
        <translation>Имя сервера {host} неизвестно: проверьте написание или укажите его IP-адрес.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Firebird server at {where} does not answer: nothing listens on port {port} (the server is not running there, or the port is wrong).</source>
        <translation>Сервер Firebird {where} не отвечает: на порту {port} никто не слушает (сервер там не запущен или порт указан неверно).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} does not answer at all: the computer is off, the address is wrong, or a firewall blocks port {port}.</source>
        <translation>{where} не отвечает совсем: компьютер выключен, адрес неверен или брандмауэр закрывает порт {port}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} cannot be reached from this computer (no network route).</source>
        <translation>{where} недоступен с этого компьютера (нет сетевого маршрута).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port {port} of {host} is open, but Firebird did not answer there: is it the Firebird port?</source>
        <translation>Порт {port} компьютера {host} открыт, но Firebird на нём не ответил: это точно порт Firebird?</translation>
    </message>
</context>
<context>
    <name>app.copy</name>
    <message>
        <location filename="../../app/copy_database.py" line="+101"/>
        <source>The target {target} already exists. Copy into a new database (another file name or server path), or delete it first.</source>
        <extracomment>``progress(done_rows, total_rows, table)``: after each committed page. None: an embedded target (no logins there)</extracomment>
        <translation>База {target} уже существует. Копируйте в новую базу (другое имя файла или путь на сервере) или сначала удалите её.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The source and the target are the same database.</source>
        <translation>Источник и приёмник — одна и та же база.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source database has schema {rev}; this program copies schema {head}. Upgrade the source first with &apos;kartoteka migrate&apos;.</source>
        <translation>У базы-источника схема {rev}, а эта программа копирует схему {head}. Сначала обновите источник командой «kartoteka migrate».</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The copy was stopped; run it again to continue where it stopped.</source>
        <translation>Копирование остановлено; запустите его снова, и оно продолжится с того же места.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>checking {table}</source>
        <translation>проверка {table}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;{target}&quot; is not a database file or server address.</source>
        <translation>«{target}» — не файл базы и не адрес сервера.</translation>
    </message>
</context>
<context>
    <name>app.custom_fields</name>
    <message>
        <location filename="../../app/custom_fields.py" line="+72"/>
        <source>“{label}” is required.</source>
        <translation>Заполните поле «{label}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{label}” is too long (at most 1000 characters).</source>
        <translation>Значение «{label}» слишком длинное (не более 1000 символов).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{label}” must be a number.</source>
        <translation>В поле «{label}» должно быть число.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{label}” must be a date.</source>
        <translation>В поле «{label}» должна быть дата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a value of “{label}” from the list.</source>
        <translation>Выберите значение поля «{label}» из списка.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the field a name.</source>
        <translation>Укажите название поля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of the field.</source>
        <translation>Выберите тип поля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list field needs at least one choice.</source>
        <translation>Для поля-списка нужен хотя бы один вариант.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The field no longer exists.</source>
        <translation>Этого поля больше нет.</translation>
    </message>
</context>
<context>
    <name>app.database</name>
    <message>
        <location filename="../../app/database.py" line="+64"/>
        <location line="+24"/>
        <source>The database {target} already exists (use --force to replace it).</source>
        <translation>База данных {target} уже существует (чтобы заменить её, укажите --force).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Upgrading the schema of {target} failed after revision {rev}: {why}. If an earlier &apos;init&apos; or &apos;migrate&apos; was interrupted, restore the backup (or create the database again with &apos;kartoteka init --force&apos;).</source>
        <translation>Не удалось обновить схему {target} после ревизии {rev}: {why}. Если прежний «init» или «migrate» был прерван, восстановите резервную копию (или создайте базу заново: «kartoteka init --force»).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price too high</source>
        <translation>Слишком высокая цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chose a competitor</source>
        <translation>Выбрал конкурента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not our client</source>
        <translation>Не наш клиент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold call</source>
        <translation>Холодный звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail campaign</source>
        <translation>E-mail-рассылка</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>schema revision {rev}: current</source>
        <translation>ревизия схемы {rev}: актуальна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema revision {rev}: expected {head}</source>
        <translation>ревизия схемы {rev}: ожидается {head}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>missing tables: {names}</source>
        <translation>отсутствуют таблицы: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all {n} tables present</source>
        <translation>все таблицы на месте ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inactive triggers: {names}</source>
        <translation>неактивные триггеры: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: any login can make the server connect out (EXECUTE STATEMENT ON EXTERNAL); set Providers = Engine12 on the server (SECURITY.md §1)</source>
        <translation>предупреждение: любой пользователь может заставить сервер подключаться наружу (EXECUTE STATEMENT ON EXTERNAL); задайте на сервере Providers = Engine12 (SECURITY.md §1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outbound connections of the server: could not be determined</source>
        <translation>исходящие подключения сервера: определить не удалось</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outbound connections of the server: off</source>
        <translation>исходящие подключения сервера: выключены</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wire: none (embedded file on this computer)</source>
        <translation>сеть: не используется (встроенная база на этом компьютере)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wire: NOT encrypted</source>
        <translation>сеть: БЕЗ шифрования</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wire: encrypted with Arc4 (Firebird 3; weak: keep the port inside a VPN, or use Firebird 4/5 for ChaCha)</source>
        <translation>сеть: шифрование Arc4 (Firebird 3; слабое: держите порт внутри VPN или перейдите на Firebird 4/5 с ChaCha)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wire: encrypted with {name}</source>
        <translation>сеть: шифрование {name}</translation>
    </message>
</context>
<context>
    <name>app.deals</name>
    <message>
        <location filename="../../app/deal_rules.py" line="+108"/>
        <source>amount</source>
        <extracomment>upper-case DEALS columns (or &quot;LINES&quot;) that must be filled to enter by sort order entry-rule field → the words a user reads (DEALS columns plus the pseudo-field LINES)</extracomment>
        <translation>сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected close date</source>
        <translation>ожидаемая дата закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probability</source>
        <translation>вероятность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the next step</source>
        <translation>дата следующего шага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>products</source>
        <translation>товары</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The deal “{deal}” cannot enter the stage “{stage}”: fill in {fields} first.</source>
        <translation>Сделку «{deal}» нельзя перевести на этап «{stage}»: сначала заполните {fields}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To enter the stage “{stage}”, fill in {fields} first.</source>
        <translation>Чтобы перейти на этап «{stage}», сначала заполните {fields}.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The funnel “{funnel}” has no won stage; an administrator must add one.</source>
        <translation>В воронке «{funnel}» нет этапа «Выиграна»; его должен добавить администратор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funnel “{funnel}” has no lost stage; an administrator must add one.</source>
        <translation>В воронке «{funnel}» нет этапа «Проиграна»; его должен добавить администратор.</translation>
    </message>
    <message>
        <location filename="../../app/deal_card.py" line="+205"/>
        <source>There is no sales funnel with open stages; an administrator must set one up.</source>
        <extracomment>shown only None: the default funnel (new deals) None: the funnel&apos;s first open stage (new deals) ignored when there are lines (then the sum of the lines) None: the stage&apos;s probability None on a new deal: the current user the login the CRM user&apos;s full name, when the login has one whole days until the next move (or until now for the current stage) preset as the deal&apos;s contact the editable part as loaded (keep a copy to detect unsaved changes) OPEN | WON | LOST the client&apos;s contact persons (id, &quot;name, position&quot;) oldest first open first, then by due date, newest first newest first</extracomment>
        <translation>Нет воронки продаж с открытыми этапами; её должен настроить администратор.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This client no longer exists or is not visible to you.</source>
        <translation>Этого клиента больше нет, или он вам не виден.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the client of the deal.</source>
        <translation>Выберите клиента сделки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency is a three-letter code such as RUB, USD or EUR.</source>
        <translation>Валюта — трёхбуквенный код, например RUB, USD или EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability is a percentage from 0 to 100.</source>
        <translation>Вероятность — процент от 0 до 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long ({n} characters, at most {max}).</source>
        <translation>Примечание слишком длинное ({n} символов, не более {max}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity must be greater than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount is a percentage from 0 to 100.</source>
        <translation>Скидка — процент от 0 до 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no sales funnel; an administrator must set one up.</source>
        <extracomment>DEALS columns a save writes from the draft</extracomment>
        <translation>Нет ни одной воронки продаж; её должен настроить администратор.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The funnel of this deal has no open stage.</source>
        <translation>В воронке этой сделки нет открытого этапа.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This contact person is not of the deal&apos;s client.</source>
        <translation>Это контактное лицо не относится к клиенту сделки.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location filename="../../app/deals.py" line="+79"/>
        <source>This stage no longer exists.</source>
        <translation>Этого этапа больше нет.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <location filename="../../app/deal_rules.py" line="-24"/>
        <source>The stage “{stage}” belongs to another funnel.</source>
        <translation>Этап «{stage}» относится к другой воронке.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A new deal cannot start as lost.</source>
        <translation>Новая сделка не может начинаться как проигранная.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/deal_rules.py" line="+3"/>
        <location filename="../../app/deals.py" line="+22"/>
        <source>Choose why the deal was lost.</source>
        <translation>Укажите причину проигрыша сделки.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>You may not delete deals; close it as lost instead.</source>
        <translation>Вам нельзя удалять сделки; закройте её как проигранную.</translation>
    </message>
    <message>
        <location filename="../../app/deal_files.py" line="+38"/>
        <location filename="../../app/deal_rules.py" line="-39"/>
        <source>This deal no longer exists (deleted by another user) or is not visible to you.</source>
        <translation>Этой сделки больше нет (удалена другим пользователем), или она вам не видна.</translation>
    </message>
    <message>
        <location filename="../../app/deals.py" line="+3"/>
        <source>This lost reason is no longer offered; choose another one.</source>
        <translation>Эта причина проигрыша больше не используется; выберите другую.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose an open stage to reopen the deal in.</source>
        <translation>Выберите открытый этап, на котором возобновить сделку.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The funnel of this deal has no open stage to reopen it in.</source>
        <translation>В воронке этой сделки нет открытого этапа, чтобы её возобновить.</translation>
    </message>
</context>
<context>
    <name>app.dedupe</name>
    <message>
        <location filename="../../app/dedupe.py" line="+63"/>
        <source>same INN</source>
        <extracomment>minimal ``token_sort_ratio`` of two name keys to count as name evidence a key (INN, phone, e-mail, identical name) shared by more clients than this makes no pairs a name block with more distinct names than this is split by the word&apos;s first six letters a name is blocked by its this many rarest words scores of the exact kinds of evidence the longest name that can still be NAME_THRESHOLD % like a name of length l: l * (200 - t) / t what the reasons are called on screen and in report 99</extracomment>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>похожее название</translation>
    </message>
    <message>
        <location line="+144"/>
        <location line="+167"/>
        <source>The search for duplicates was cancelled.</source>
        <extracomment>codes of REASON_ORDER 0-100 (0: names not compared or below the threshold)</extracomment>
        <translation>Поиск дублей отменён.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose two different clients.</source>
        <translation>Выберите двух разных клиентов.</translation>
    </message>
</context>
<context>
    <name>app.demo</name>
    <message>
        <location filename="../../app/demo.py" line="+420"/>
        <source>Corporate sales</source>
        <extracomment>``progress(done, total, what)``: called after every committed chunk. Clients per transaction: big enough for full packs, small enough to keep memory flat (~60 MB). sales | tenders | repeat in order (user id, department id) of managers who own clients</extracomment>
        <translation>Корпоративные продажи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regional sales</source>
        <translation>Региональные продажи</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cold call</source>
        <translation>Холодный звонок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price too high</source>
        <translation>Слишком высокая цена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chose a competitor</source>
        <translation>Выбрал конкурента</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation>Производство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wholesale</source>
        <translation>Оптовая торговля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retail</source>
        <translation>Розничная торговля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Construction</source>
        <translation>Строительство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT and telecom</source>
        <translation>ИТ и телеком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>Логистика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Healthcare</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public sector</source>
        <translation>Госсектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Energy</source>
        <translation>Энергетика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Micro (up to 15)</source>
        <translation>Микро (до 15)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Small (16-100)</source>
        <translation>Малое (16–100)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium (101-250)</source>
        <translation>Среднее (101–250)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large (over 250)</source>
        <translation>Крупное (более 250)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenders</source>
        <translation>Тендеры</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announcement</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application submitted</source>
        <translation>Заявка подана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auction</source>
        <translation>Торги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract won</source>
        <translation>Контракт выигран</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tender lost</source>
        <translation>Тендер проигран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat sales</source>
        <translation>Повторные продажи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declined</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The funnel “{name}” needs open, won and lost stages for demo data.</source>
        <translation>Для демонстрационных данных в воронке «{name}» нужны открытые, выигрышный и проигрышный этапы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Base price list</source>
        <translation>Базовый прайс-лист</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location line="+717"/>
        <source>The number of demo clients cannot be negative.</source>
        <translation>Число демонстрационных клиентов не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../app/demo_day.py" line="+50"/>
        <source>Romashka LLC</source>
        <translation>ООО «Ромашка»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anna Smirnova</source>
        <translation>Анна Смирнова</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchasing manager</source>
        <translation>Менеджер по закупкам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oleg Petrov</source>
        <translation>Олег Петров</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CEO</source>
        <translation>Генеральный директор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector Logistics</source>
        <translation>Вектор Логистик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Irina Kozlova</source>
        <translation>Ирина Козлова</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chief accountant</source>
        <translation>Главный бухгалтер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Northwind Trading</source>
        <translation>Норд-Вест Трейдинг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pavel Sokolov</source>
        <translation>Павел Соколов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head of IT</source>
        <translation>Руководитель ИТ-отдела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Egorov Nikolay</source>
        <translation>Егоров Николай</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Office furniture supply</source>
        <translation>Поставка офисной мебели</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annual logistics contract</source>
        <translation>Годовой договор на логистику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server upgrade</source>
        <translation>Модернизация серверов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the client</source>
        <translation>Позвонить клиенту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call back about the offer</source>
        <translation>Перезвонить по предложению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the signed contract</source>
        <translation>Отправить подписанный договор</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call Anna about the delivery date</source>
        <translation>Позвонить Анне насчёт даты поставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting: contract terms</source>
        <translation>Встреча: условия договора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail the price list</source>
        <translation>Отправить прайс-лист по e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the order</source>
        <translation>Подтвердить заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation of the solution</source>
        <translation>Презентация решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare the commercial offer</source>
        <translation>Подготовить коммерческое предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up call</source>
        <translation>Контрольный звонок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back: the client asked for it</source>
        <translation>Перезвонить: клиент просил</translation>
    </message>
</context>
<context>
    <name>app.errors</name>
    <message>
        <location filename="../../app/errors.py" line="+49"/>
        <source>This record was changed by {user} at {when} after you opened it.</source>
        <translation>После того как вы открыли эту запись, в неё внесены изменения ({user}, {when}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database address is empty: give a file path or a server address like host/port:database.</source>
        <extracomment>``ConnectionFailed.kind`` values, re-exported so ``ui`` can tell them apart without importing db</extracomment>
        <translation>Адрес базы данных пуст: укажите путь к файлу или адрес сервера вида хост/порт:база.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is not a valid server address: the port must be a number from 1 to 65535 (host/port:database).</source>
        <translation>«{text}» — неверный адрес сервера: порт должен быть числом от 1 до 65535 (хост/порт:база).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is not a valid database address: the database path or alias is missing or contains a NUL character.</source>
        <translation>«{text}» — неверный адрес базы данных: путь или псевдоним базы не указан или содержит символ NUL.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database has no Kartoteka schema yet. An administrator can create it with &apos;kartoteka migrate&apos;.</source>
        <translation>В базе данных ещё нет схемы Kartoteka. Администратор может создать её командой &apos;kartoteka migrate&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database was upgraded by a newer Kartoteka (schema {db}); this program understands {app}. Please install the newer version.</source>
        <translation>База данных обновлена более новой версией Kartoteka (схема {db}); эта программа поддерживает {app}. Установите новую версию.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database schema ({db}) is older than this program needs ({app}). An administrator can upgrade it with &apos;kartoteka migrate&apos;.</source>
        <translation>Схема базы данных ({db}) старее, чем нужно этой программе ({app}). Администратор может обновить её командой &apos;kartoteka migrate&apos;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database {target} is incomplete: its creation (&apos;kartoteka init&apos;) was interrupted. Run &apos;kartoteka init&apos; on it again to start over (it holds no data yet).</source>
        <translation>База данных {target} не достроена: её создание («kartoteka init») было прервано. Запустите «kartoteka init» для неё ещё раз, чтобы начать заново (данных в ней ещё нет).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrong user name or password for {target}.</source>
        <translation>Неверное имя пользователя или пароль для {target}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Firebird server at {target} does not answer. Check that it is running and that the host and port are right.</source>
        <translation>Сервер Firebird {target} не отвечает. Проверьте, что он запущен и что адрес и порт указаны верно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database at {target}. Check the path or alias (the server&apos;s databases.conf).</source>
        <translation>По адресу {target} нет базы данных. Проверьте путь или псевдоним (databases.conf на сервере).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{target} is not a Kartoteka database: the file exists but is not a Firebird database (or it is damaged).</source>
        <translation>{target} — не база данных Картотеки: файл существует, но это не база Firebird (или она повреждена).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file {target} cannot be opened: permission denied (check the file&apos;s owner and rights).</source>
        <translation>Файл базы данных {target} не открывается: доступ запрещён (проверьте владельца и права файла).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {target} is already open in another Kartoteka window or program. Close it there first: an embedded database can be used by one program at a time.</source>
        <translation>База данных {target} уже открыта в другом окне Kartoteka или другой программе. Сначала закройте её там: встроенной базой одновременно может пользоваться только одна программа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at {target} refused the encrypted connection. It must allow wire encryption (WireCrypt = Required or Enabled in firebird.conf).</source>
        <translation>Сервер {target} отклонил зашифрованное подключение. На нём должно быть разрешено шифрование трафика (WireCrypt = Required или Enabled в firebird.conf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to {target} was lost.</source>
        <translation>Соединение с {target} потеряно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open the database {target}.</source>
        <translation>Не удалось открыть базу данных {target}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You have no right to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed: {why}</source>
        <translation>Запрещено: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database reported an error: {text}</source>
        <translation>База данных сообщила об ошибке: {text}</translation>
    </message>
</context>
<context>
    <name>app.exports</name>
    <message>
        <location filename="../../app/exports.py" line="+37"/>
        <source>Name</source>
        <extracomment>translated when written (context &quot;app.exports&quot;) expression over the list&apos;s FROM clause</extracomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+17"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+14"/>
        <source>Created on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+7"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Client&apos;s INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person&apos;s phone</source>
        <translation>Телефон контактного лица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person&apos;s e-mail</source>
        <translation>E-mail контактного лица</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing to export called “{what}”.</source>
        <translation>Нечего выгружать под названием «{what}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one column to export.</source>
        <translation>Выберите хотя бы одну колонку для выгрузки.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+156"/>
        <source>Cannot write {file}: {why}</source>
        <translation>Не удаётся записать {file}: {why}</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>vCard version must be 4.0 or 3.0.</source>
        <translation>Версия vCard должна быть 4.0 или 3.0.</translation>
    </message>
</context>
<context>
    <name>app.files</name>
    <message>
        <location filename="../../app/files.py" line="+57"/>
        <source>The file has no name.</source>
        <extracomment>refuse larger files with a message (BLOB transfer over a WAN) a record&apos;s files, newest first; ``{owner}`` is the column that ties them to it (CLIENT_ID, DEAL_ID)</extracomment>
        <translation>У файла нет имени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large ({mb} MB, at most {max} MB).</source>
        <translation>Файл слишком большой ({mb} МБ, допускается не более {max} МБ).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The files folder {path} is not reachable; ask the administrator to check the &apos;files.disk_root&apos; setting.</source>
        <translation>Папка файлов {path} недоступна; попросите администратора проверить настройку &apos;files.disk_root&apos;.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This file was deleted by another user.</source>
        <translation>Этот файл удалён другим пользователем.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} cannot be opened: its stored location is not a name inside the files folder.</source>
        <translation>Файл {name} нельзя открыть: его сохранённое расположение — не имя внутри папки файлов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} is missing from the files folder {path}.</source>
        <translation>Файл {name} отсутствует в папке файлов {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} is damaged (its checksum does not match).</source>
        <translation>Файл {name} повреждён (контрольная сумма не совпадает).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file was already deleted.</source>
        <translation>Этот файл уже удалён.</translation>
    </message>
</context>
<context>
    <name>app.funnels</name>
    <message>
        <location filename="../../app/funnels.py" line="+105"/>
        <source>Give the funnel a name.</source>
        <extracomment>keys of FIELD_WORDS deals standing in the stage now (read only: shown, and why a delete is refused) in board order read only read only: deals lost for this reason</extracomment>
        <translation>Дайте воронке название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+151"/>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Название слишком длинное (допускается не более 200 символов).</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Stage {n} has no name.</source>
        <translation>У этапа {n} нет названия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two stages are called “{name}”.</source>
        <translation>Два этапа называются «{name}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The probability of “{name}” must be between 0 and 100.</source>
        <translation>Вероятность этапа «{name}» должна быть от 0 до 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rot days of “{name}” must be between 0 and {max}.</source>
        <translation>Срок зависания этапа «{name}» должен быть от 0 до {max} дней.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The colour of “{name}” must look like #1E88E5.</source>
        <translation>Цвет этапа «{name}» должен быть вида #1E88E5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” cannot be both won and lost.</source>
        <translation>Этап «{name}» не может быть одновременно выигрышным и проигрышным.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown required field {field} in “{name}”.</source>
        <translation>Неизвестное обязательное поле {field} на этапе «{name}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A funnel needs exactly one won stage (it has {n}).</source>
        <translation>В воронке должен быть ровно один выигрышный этап (сейчас их {n}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A funnel needs exactly one lost stage (it has {n}).</source>
        <translation>В воронке должен быть ровно один проигрышный этап (сейчас их {n}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A funnel needs at least one open stage.</source>
        <translation>В воронке нужен хотя бы один открытый этап.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The stage “{name}” cannot be removed: %n deal(s) stand in it. Move them first.</source>
        <translation>
            <numerusform>Этап «{name}» нельзя удалить: на нём %n сделка. Сначала переведите её на другой этап.</numerusform>
            <numerusform>Этап «{name}» нельзя удалить: на нём %n сделки. Сначала переведите их на другой этап.</numerusform>
            <numerusform>Этап «{name}» нельзя удалить: на нём %n сделок. Сначала переведите их на другой этап.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The stage “{name}” cannot be removed: %n automation rule(s) use it.</source>
        <translation>
            <numerusform>Этап «{name}» нельзя удалить: он используется в %n правиле автоматизации.</numerusform>
            <numerusform>Этап «{name}» нельзя удалить: он используется в %n правилах автоматизации.</numerusform>
            <numerusform>Этап «{name}» нельзя удалить: он используется в %n правилах автоматизации.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This funnel was deleted by another user.</source>
        <translation>Эта воронка удалена другим пользователем.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The stage “{name}” was deleted by another user.</source>
        <translation>Этап «{name}» удалён другим пользователем.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The funnel “{name}” cannot be deleted: %n deal(s) belong to it. Switch it off instead.</source>
        <translation>
            <numerusform>Воронку «{name}» нельзя удалить: в ней %n сделка. Вместо этого отключите её.</numerusform>
            <numerusform>Воронку «{name}» нельзя удалить: в ней %n сделки. Вместо этого отключите её.</numerusform>
            <numerusform>Воронку «{name}» нельзя удалить: в ней %n сделок. Вместо этого отключите её.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The funnel “{name}” cannot be deleted: %n automation rule(s) use it.</source>
        <translation>
            <numerusform>Воронку «{name}» нельзя удалить: она используется в %n правиле автоматизации.</numerusform>
            <numerusform>Воронку «{name}» нельзя удалить: она используется в %n правилах автоматизации.</numerusform>
            <numerusform>Воронку «{name}» нельзя удалить: она используется в %n правилах автоматизации.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the reason a name.</source>
        <translation>Дайте причине название.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reason “{name}” already exists.</source>
        <translation>Причина «{name}» уже есть.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This reason was deleted by another user.</source>
        <translation>Эта причина удалена другим пользователем.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>“{name}” cannot be deleted: %n deal(s) were lost for this reason. Switch it off instead.</source>
        <translation>
            <numerusform>«{name}» нельзя удалить: по этой причине проиграна %n сделка. Вместо этого отключите её.</numerusform>
            <numerusform>«{name}» нельзя удалить: по этой причине проиграны %n сделки. Вместо этого отключите её.</numerusform>
            <numerusform>«{name}» нельзя удалить: по этой причине проиграно %n сделок. Вместо этого отключите её.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app.imports</name>
    <message>
        <location filename="../../app/import_deals.py" line="+135"/>
        <source>{field}: no stage “{value}” in this funnel ({names}).</source>
        <extracomment>(stage id, entered at), oldest first; the last is the current stage targets the row gives a value for (an update touches only those) the deal&apos;s contact person at a company client (a contact of that client: found by name or created) the client is the contact person (a CRM export&apos;s deal with a contact and no company)</extracomment>
        <translation>{field}: в этой воронке нет этапа «{value}» ({names}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The deal has no client (name or INN).</source>
        <translation>У сделки не указан клиент (название или ИНН).</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+14"/>
        <location line="+132"/>
        <location filename="../../app/imports.py" line="+853"/>
        <source>{field} is too long ({n} characters, at most {max}).</source>
        <translation>{field}: слишком длинно ({n} символов, не более {max}).</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>{field}: no funnel “{value}”.</source>
        <translation>{field}: нет воронки «{value}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no funnel to put the deal in.</source>
        <translation>Нет воронки, в которую можно поместить сделку.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field}: “{value}” is not “stage: date”.</source>
        <translation>{field}: «{value}» — не «этап: дата».</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/imports.py" line="-153"/>
        <source>{field}: “{value}” is not a date.</source>
        <extracomment>ALL, DEPT, OWN (database administrators: ALL) login / upper full name → (id, department) classifier name (upper) → value name (upper) → id funnel → (id, name, won, lost, order) upper name / code → (id, name, price) field label or code (upper) → app.custom_fields.FieldDef the target keys this row carries values for (which fields an update may touch) computed once (in the read-ahead thread, see :func:`_build_chunk`)</extracomment>
        <translation>{field}: «{value}» — не дата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/imports.py" line="+9"/>
        <source>{field}: {value} is in the future.</source>
        <translation>{field}: {value} — дата в будущем.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: the dates go backwards at “{value}”.</source>
        <translation>{field}: даты идут назад на «{value}».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The funnel has no stages.</source>
        <translation>В воронке нет этапов.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}: “{value}” is neither won nor lost.</source>
        <translation>{field}: «{value}» — ни выигрыш, ни проигрыш.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The funnel has no won/lost stage.</source>
        <translation>В воронке нет этапа выигрыша/проигрыша.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field} is given but the stage “{stage}” is open.</source>
        <translation>{field} указана, но этап «{stage}» открытый.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} ({closed}) is before the creation date ({created}).</source>
        <translation>{field} ({closed}) раньше даты создания ({created}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{field}: no lost reason “{value}” in the reference list.</source>
        <translation>{field}: в справочнике нет причины проигрыша «{value}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}: “{value}” is not an amount.</source>
        <translation>{field}: «{value}» — не сумма.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} cannot be negative.</source>
        <translation>{field} не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: “{value}” is not a currency code (RUB, USD, EUR…).</source>
        <translation>{field}: «{value}» — не код валюты (RUB, USD, EUR…).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/imports.py" line="+176"/>
        <source>{field}: no source “{value}” in the reference list.</source>
        <translation>{field}: в справочнике нет источника «{value}».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field}: “{value}” is not “name x qty @ price”.</source>
        <translation>{field}: «{value}» — не «название x количество @ цена».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: the quantity must be positive in “{value}”.</source>
        <translation>{field}: количество в «{value}» должно быть больше нуля.</translation>
    </message>
    <message>
        <location line="+121"/>
        <location filename="../../app/imports.py" line="+869"/>
        <source>not allowed: {why}</source>
        <extracomment>what an update of a matched deal may write (one UPDATE per deal, keyed on ID and VERSION) (column, the mapping target that gives it) per source row: (index in fates, index in extra or None, its own _DealRows) for a retry</extracomment>
        <translation>не разрешено: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/imports.py" line="-151"/>
        <source>refused by the database: {why}</source>
        <translation>отклонено базой данных: {why}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../app/imports.py" line="-180"/>
        <source>empty row</source>
        <translation>пустая строка</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{n} clients are named “{name}”: give the client&apos;s INN.</source>
        <extracomment>(client, TITLE, created day) → the matching deals&apos; current values (only the key under skip/create)</extracomment>
        <translation>Клиентов с названием «{name}» несколько ({n}): укажите ИНН клиента.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>client of the deal</source>
        <translation>клиент сделки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate of row {n} of this file (same client, title and date)</source>
        <translation>повтор строки {n} этого файла (тот же клиент, название и дата)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in the base: deal #{id} (same client, title and date)</source>
        <translation>уже есть в базе: сделка #{id} (тот же клиент, название и дата)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} deals in the base have this client, title and date: change them by hand</source>
        <translation>в базе {n} сделки с этим клиентом, названием и датой: измените их вручную</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>deal #{id} is in another funnel: the stage is not moved across funnels</source>
        <translation>сделка #{id} в другой воронке: этап не переносится между воронками</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>already in the base: deal #{id} (same client, title and date); nothing new</source>
        <translation>уже есть в базе: сделка #{id} (тот же клиент, название и дата); нового ничего</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deal #{id}: {fields}</source>
        <translation>сделка #{id}: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(moved to “{stage}”)</source>
        <translation>(перенесена на этап «{stage}»)</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="+83"/>
        <source>{file}: the old Excel 97-2003 format (.xls) cannot be read; save it as .xlsx or CSV in Excel and import that.</source>
        <extracomment>candidate single-byte encodings for files without a BOM that are not UTF-8 (1C, old Excel) &quot;xlsx&quot;, &quot;csv&quot; or &quot;vcf&quot; 1-based row number (in the file or sheet) of the first data row; vCards: the first card is 1 vCard version(s) seen in the preview (informative)</extracomment>
        <translation>{file}: старый формат Excel 97-2003 (.xls) не читается; сохраните файл в Excel как .xlsx или CSV и импортируйте его.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file}: no such file.</source>
        <translation>{file}: файл не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+272"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}: файл пуст.</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>{file}: cannot read the file ({why}).</source>
        <translation>{file}: не удаётся прочитать файл ({why}).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Column {n}</source>
        <translation>Колонка {n}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{file} has no sheet “{sheet}” (sheets: {names}).</source>
        <translation>В {file} нет листа «{sheet}» (листы: {names}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sheet “{sheet}” of {file} is empty.</source>
        <translation>Лист «{sheet}» файла {file} пуст.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Unknown encoding “{enc}”.</source>
        <translation>Неизвестная кодировка «{enc}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} is not in the {enc} encoding; choose the file&apos;s encoding.</source>
        <translation>{file} не в кодировке {enc}; выберите кодировку файла.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file}: a byte that is not {enc} near position {pos}; choose the file&apos;s encoding.</source>
        <translation>{file}: байт не в кодировке {enc} около позиции {pos}; выберите кодировку файла.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Birthday: {date}</source>
        <translation>День рождения: {date}</translation>
    </message>
    <message>
        <location filename="../../app/imports.py" line="-1340"/>
        <source>Name</source>
        <extracomment>rows per write transaction: one commit, a few dozen EXECUTE BLOCK packs rows per EXECUTE BLOCK pack asked of db.bulk (it lowers it to what Firebird 3&apos;s limits allow) ... on the embedded engine, where a pack is no round trip: each cached prepared statement of a 250-row pack holds its own engine memory (peak RSS of the bench&apos;s 100,000-row import: 295 MB, 308 MB with 250-row packs), and the engine&apos;s work per row is the same keys per IN (...) lookup (Firebird 3 allows 1,500 list items) translated at display time (context &quot;app.imports&quot;) a cell may hold several values separated by ; , or line breaks</extracomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or person</source>
        <translation>Компания или частное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name (person)</source>
        <translation>Фамилия (частное лицо)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name (person)</source>
        <translation>Имя (частное лицо)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name (person)</source>
        <translation>Отчество (частное лицо)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name of a person</source>
        <translation>ФИО частного лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization (the person becomes its contact)</source>
        <translation>Организация (человек станет её контактным лицом)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s position</source>
        <translation>Должность контактного лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s phone</source>
        <translation>Телефон контактного лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s e-mail</source>
        <translation>E-mail контактного лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work phone</source>
        <translation>Рабочий телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home phone</source>
        <translation>Домашний телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondent account</source>
        <translation>Корреспондентский счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded on</source>
        <translation>Дата основания</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Responsible (login or full name)</source>
        <translation>Ответственный (логин или ФИО)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Created on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+21"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Deal title</source>
        <translation>Название сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person (the client when no company)</source>
        <translation>Контактное лицо (клиент, если компании нет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result (won/lost)</source>
        <translation>Результат (выигрыш/проигрыш)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost comment</source>
        <translation>Комментарий к проигрышу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage history (stage: date; ...)</source>
        <translation>История этапов (этап: дата; ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products (name or code x qty @ price; ...)</source>
        <translation>Товары (название или код x количество @ цена; ...)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Classifier: {name}</source>
        <translation>Классификатор: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field: {name}</source>
        <translation>Доп. поле: {name}</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The mapping is not valid JSON: {why}</source>
        <extracomment>header words → target (checked on the normalised header: lower case, ё→е, no punctuation) header → target key (&quot;&quot; = ignore) target key → constant value for every row (e.g. source = &quot;Exhibition 2024&quot;) &quot;ru&quot; — &quot;Фамилия Имя Отчество&quot;; &quot;western&quot; — &quot;First Last&quot; (for the person-name split) &quot;company&quot; or &quot;person&quot;: the kind of a client whose row does not say dates like 03/01/2017: day first (Russia, Europe) or month first (USA)</extracomment>
        <translation>Сопоставление — не корректный JSON: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping is not a JSON object.</source>
        <translation>Сопоставление — не JSON-объект.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown import kind “{kind}” in the mapping.</source>
        <translation>Неизвестный вид импорта «{kind}» в сопоставлении.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Column “{col}”: unknown field “{target}”.</source>
        <translation>Колонка «{col}»: неизвестное поле «{target}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has no column “{col}” named in the mapping.</source>
        <translation>В файле нет колонки «{col}», указанной в сопоставлении.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a column to the client&apos;s name (or the person&apos;s last/first name).</source>
        <translation>Сопоставьте колонку с названием клиента (или с фамилией/именем частного лица).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map a column to the deal&apos;s client (name or INN).</source>
        <translation>Сопоставьте колонку с клиентом сделки (название или ИНН).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping name</source>
        <translation>Имя сопоставления</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: no such mapping file.</source>
        <translation>{file}: файл сопоставления не найден.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No saved mapping “{name}”.</source>
        <translation>Нет сохранённого сопоставления «{name}».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No saved mapping “{name}” for {kind}.</source>
        <translation>Нет сохранённого сопоставления «{name}» для {kind}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping “{name}” is for {other}, not {kind}.</source>
        <translation>Сопоставление «{name}» для {other}, а не для {kind}.</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>{field}: {value} is before 1900.</source>
        <translation>{field}: {value} — раньше 1900 года.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{field}: no active user “{value}” (a login or a full name).</source>
        <translation>{field}: нет активного пользователя «{value}» (логин или ФИО).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: {value} is outside what you may see; you may import only into your own scope.</source>
        <translation>{field}: {value} вне вашей области видимости; импортировать можно только в свою область.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{field}: “{value}” is neither a company nor a person.</source>
        <translation>{field}: «{value}» — ни компания, ни частное лицо.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{field}: unknown status “{value}” (potential, active, regular, lost).</source>
        <translation>{field}: неизвестный статус «{value}» (потенциальный, активный, постоянный, потерян).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>{field}: a person has no KPP (is it a company?).</source>
        <translation>{field}: у частного лица нет КПП (может быть, это компания?).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{field}: no tag “{value}”.</source>
        <translation>{field}: нет тега «{value}».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No classifier “{name}”.</source>
        <translation>Нет классификатора «{name}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}: no value “{value}”.</source>
        <translation>{field}: нет значения «{value}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No custom field “{name}”.</source>
        <translation>Нет доп. поля «{name}».</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{total} rows: {created} created, {updated} updated, {skipped} skipped, {failed} failed</source>
        <extracomment>CREATED, UPDATED, SKIPPED, FAILED failed rows (row number, values, reason), for the error file; capped at 100,000 every row&apos;s fate (the screen&apos;s result page, tests)</extracomment>
        <translation>строк {total}: создано {created}, обновлено {updated}, пропущено {skipped}, с ошибками {failed}</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>same INN</source>
        <extracomment>which target keys feed each updatable column</extracomment>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and city</source>
        <translation>то же название и город</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import what: clients or deals?</source>
        <translation>Что импортировать: клиентов или сделки?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown duplicate policy “{p}” (skip, update, overwrite, create).</source>
        <translation>Неизвестное правило для дублей «{p}» (skip, update, overwrite, create).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An import needs a database.</source>
        <translation>Для импорта нужна база данных.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The vCard cannot be read: {why}</source>
        <translation>Не удаётся прочитать vCard: {why}</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>duplicate of row {n} of this file ({why})</source>
        <translation>повтор строки {n} этого файла ({why})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>already in the base: client #{id} ({why})</source>
        <translation>уже есть в базе: клиент #{id} ({why})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client #{id} was already updated from an earlier row ({why})</source>
        <translation>клиент #{id} уже обновлён из строки выше ({why})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>client #{id} ({why}) cannot be read</source>
        <translation>клиент #{id} ({why}) недоступен для чтения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already in the base: client #{id} ({why}); nothing new</source>
        <translation>уже есть в базе: клиент #{id} ({why}); нового ничего</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Import error</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No import batch {id} (or it is not yours).</source>
        <translation>Нет пакета импорта {id} (или он не ваш).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import batch {id} is already undone.</source>
        <translation>Пакет импорта {id} уже отменён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import batch {id} is still running.</source>
        <translation>Пакет импорта {id} ещё выполняется.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+64"/>
        <source>already deleted</source>
        <extracomment>(entity, record id, why) of records left alone because someone changed them since SP_IMPORT_UNDO_RECORD&apos;s WHY → the reason the undo lists</extracomment>
        <translation>уже удалено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted or out of your sight</source>
        <translation>удалено или вне вашей видимости</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+68"/>
        <source>changed since the import</source>
        <translation>изменено после импорта</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+76"/>
        <source>has deals or contacts added since</source>
        <translation>после импорта добавлены сделки или контакты</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>not provably created by this import (ask a head or an administrator)</source>
        <translation>нет доказательства, что это создано этим импортом (обратитесь к руководителю или администратору)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>You may not delete what import {id} created; ask a head of department or an administrator to undo it.</source>
        <translation>Вы не можете удалить созданное импортом {id}; попросите руководителя отдела или администратора отменить его.</translation>
    </message>
</context>
<context>
    <name>app.instance</name>
    <message>
        <location filename="../../app/instance.py" line="+34"/>
        <source>Kartoteka is already open on {target} as {user} in another window. Switch to that window (the taskbar) instead of opening the database twice.</source>
        <translation>Kartoteka уже открыта для базы {target} под пользователем {user} в другом окне. Перейдите в то окно (на панели задач), а не открывайте базу второй раз.</translation>
    </message>
</context>
<context>
    <name>app.interactions</name>
    <message>
        <location filename="../../app/interactions.py" line="+41"/>
        <source>Choose the type of the interaction.</source>
        <extracomment>results that mean the client was not reached (the interaction is an attempt, not a contact) call outcomes that reached the client (a contact, not an attempt) None = now</extracomment>
        <translation>Выберите вид взаимодействия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction is incoming or outgoing.</source>
        <translation>Направление: входящее или исходящее.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration must be between 0 and 24 hours.</source>
        <translation>Длительность должна быть от 0 до 24 часов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is too long ({n} characters, at most {max}).</source>
        <translation>Текст слишком длинный ({n} символов, допускается не более {max}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите текст заметки.</translation>
    </message>
</context>
<context>
    <name>app.leads</name>
    <message>
        <location filename="../../app/leads.py" line="+46"/>
        <source>In turn (round-robin)</source>
        <translation>По очереди (по кругу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest open deals</source>
        <translation>Меньше всего открытых сделок</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose how leads are distributed.</source>
        <extracomment>True when the department&apos;s distribution chose the responsible candidates now: active CRM_MANAGER users who take leads None: never configured (distribution off)</extracomment>
        <translation>Выберите способ распределения лидов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The department no longer exists.</source>
        <translation>Отдел больше не существует.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The amount must be a number.</source>
        <translation>Сумма должна быть числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount must be zero or more.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the funnel.</source>
        <translation>Выберите воронку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a client or enter the new client&apos;s name.</source>
        <translation>Выберите клиента или введите наименование нового клиента.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The title is too long (at most 200 characters).</source>
        <translation>Название слишком длинное (допускается не более 200 символов).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nobody in {department} takes leads now (active managers with “takes leads”). Choose the responsible yourself.</source>
        <translation>В отделе «{department}» сейчас никто не принимает лиды (активные менеджеры с отметкой «принимает лиды»). Выберите ответственного сами.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The funnel no longer exists.</source>
        <translation>Воронка больше не существует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The funnel “{funnel}” has no open stage.</source>
        <translation>В воронке «{funnel}» нет открытого этапа.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The client no longer exists.</source>
        <translation>Клиент больше не существует.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Too many leads arrived at once; the lead was not saved. Please try again.</source>
        <translation>Одновременно поступило слишком много лидов; лид не сохранён. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>app.link</name>
    <message>
        <location filename="../../app/link.py" line="+173"/>
        <source>The connection to {target} was lost; reconnecting…</source>
        <extracomment>Seconds between reconnect attempts: quick at first (a server restart, a VPN that re-dials), then every 30 s (a cable that stays out). The probe: one prepared statement on the read channel, one round trip when warm. UP, LOST or RECONNECTING False for an embedded file (no link, no probe) the last measured round-trip time failed reconnect attempts since the link was lost why it is down (the sentence of the ConnectionLost)</extracomment>
        <translation>Связь с {target} потеряна; переподключение…</translation>
    </message>
</context>
<context>
    <name>app.merge</name>
    <message>
        <location filename="../../app/merge.py" line="+83"/>
        <source>Name</source>
        <extracomment>The merge rule of every foreign key to CLIENTS, (table, column) -&gt; rule: ``move``: the rows move to the survivor (ids recorded for undo); ``move_new:&lt;COL&gt;``: a link table keyed by (client, COL): rows whose COL the survivor lacks move, the others stay with the merged client (same fact, nothing to add); ``keep``: stays with the merged client (derived data, history of that record). References without a foreign key, and how the merge treats them. the survivor&apos;s fields the user chooses among, in the dialog&apos;s order</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corr. account</source>
        <translation>Корр. счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded on</source>
        <translation>Дата основания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Причина потери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company</source>
        <extracomment>how coded values show in the dialog</extracomment>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Потерянный</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>yes</source>
        <extracomment>derived columns restored by undo together with the chosen ones every foreign key to CLIENTS: (child table, column), read from the system tables field key (FIELDS or ``cf:&lt;id&gt;``) -&gt; stored value field key -&gt; text to show child table -&gt; rows (key, label), FIELDS then the client custom fields</extracomment>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+121"/>
        <source>Choose at least two clients to merge.</source>
        <extracomment>child tables with one primary row per client (phones and e-mails: the client&apos;s own, not a contact&apos;s)</extracomment>
        <translation>Для объединения выберите не меньше двух клиентов.</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+125"/>
        <source>Client {ids} does not exist or is outside what you may see.</source>
        <translation>Клиент {ids} не существует или вне вашей видимости.</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+125"/>
        <source>Client {ids} has already been merged into another one.</source>
        <translation>Клиент {ids} уже объединён с другим.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A chosen value belongs to a client that is not merged.</source>
        <translation>Выбранное значение принадлежит клиенту, который не участвует в объединении.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This database has links to clients this program cannot merge ({refs}); update the program.</source>
        <translation>В этой базе есть ссылки на клиентов, которые эта программа не умеет объединять ({refs}); обновите программу.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>This merge does not exist or is outside what you may see.</source>
        <translation>Такого объединения нет или оно вне вашей видимости.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This merge has already been undone.</source>
        <translation>Это объединение уже отменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The surviving client no longer exists or is outside what you may see.</source>
        <translation>Оставленный клиент больше не существует или вне вашей видимости.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The merge can no longer be undone: {user} changed the client at {when} after the merge.</source>
        <translation>Объединение больше нельзя отменить: {user} изменил(а) клиента {when}, уже после объединения.</translation>
    </message>
</context>
<context>
    <name>app.office</name>
    <message>
        <location filename="../../app/office.py" line="+23"/>
        <source>Enter the server&apos;s name or address.</source>
        <extracomment>``progress(done, total, what)``</extracomment>
        <translation>Введите имя или адрес сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the database alias or its path on the server.</source>
        <translation>Введите псевдоним базы или её путь на сервере.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter a login for the first CRM administrator.</source>
        <extracomment>SYSDBA or a login with RDB$ADMIN the first CRM administrator (a new server login)</extracomment>
        <translation>Введите логин первого администратора CRM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the database on the server</source>
        <translation>Создание базы на сервере</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the database</source>
        <translation>Открытие базы</translation>
    </message>
</context>
<context>
    <name>app.planner</name>
    <message>
        <location filename="../../app/planner.py" line="+298"/>
        <source>This client no longer exists or is not visible to you.</source>
        <extracomment>minutes before the due time a task&apos;s reminder fires, unless the task says otherwise overdue tasks without a reminder row still pop up (e.g. at start-up) for this many days how far ahead &quot;my day&quot; lists birthdays after today interaction logged when a task of this kind is completed, and its default result 1 high, 2 normal, 3 low the assignee&apos;s reminder this many minutes before ``due_at``; None = no reminder the version the user saw (None for a new task) &quot;CONTACT&quot; (a contact person of the client) or &quot;CLIENT&quot; (a person-client) the day it is celebrated in the window (29 Feb → 28 Feb in other years) open tasks due before ``day``, oldest first open tasks due on ``day``, by time (those before ``now`` are overdue too) open tasks without a due time the next :data:`BIRTHDAY_DAYS_AHEAD` days, by date reminders already due more overdue tasks exist than listed may look at other users&apos; plans (CRM_HEAD / CRM_ADMIN) active users (id, full name) my day&apos;s task sections in one statement (one round trip on the read channel): K = &apos;O&apos; overdue, &apos;T&apos; today, &apos;U&apos; undated, and one &apos;D&apos; row whose C0 is the number of tasks done today. Parameters: overdue (limit, me, since, begin), today (limit, me, begin, end), undated (limit, me), done (me, begin, end). my reminder rows due, then the reminders derived from my open tasks (RID NULL), in one statement. Parameters: (me, now, now) of the rows, (me, since, until) of the derived ones.</extracomment>
        <translation>Этот клиент больше не существует или недоступен вам.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+194"/>
        <location line="+159"/>
        <source>This task no longer exists (deleted by another user?).</source>
        <translation>Эта задача больше не существует (удалена другим пользователем?).</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Write what is to be done (the title).</source>
        <translation>Напишите, что нужно сделать (название задачи).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is too long ({n} characters, at most 200).</source>
        <translation>Название слишком длинное ({n} символов, допускается не более 200).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the type of the task.</source>
        <translation>Выберите тип задачи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date {d} is not plausible.</source>
        <translation>Срок {d} неправдоподобен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new task cannot be due in the past ({d}).</source>
        <translation>Новой задаче нельзя назначить срок в прошлом ({d}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration must be between 0 and 24 hours.</source>
        <translation>Длительность должна быть от 0 до 24 часов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority is high, normal or low.</source>
        <translation>Приоритет может быть высоким, обычным или низким.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind at most a week before.</source>
        <translation>Напомнить можно не раньше чем за неделю.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who does the task.</source>
        <translation>Выберите, кто выполняет задачу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} is not an active user.</source>
        <translation>{user} — не активный пользователь.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deal no longer exists or is not visible to you.</source>
        <translation>Сделка больше не существует или недоступна вам.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deal “{deal}” belongs to another client.</source>
        <translation>Сделка «{deal}» относится к другому клиенту.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a contact person of the client.</source>
        <translation>Выберите контактное лицо клиента.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client no longer exists or is not visible to you.</source>
        <translation>Клиент больше не существует или недоступен вам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long.</source>
        <translation>Описание слишком длинное.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The result is too long ({n} characters, at most 500).</source>
        <translation>Результат слишком длинный ({n} символов, допускается не более 500).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown call result {code}.</source>
        <translation>Неизвестный результат звонка {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This task is already done.</source>
        <translation>Эта задача уже выполнена.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only an open task can be cancelled.</source>
        <translation>Отменить можно только открытую задачу.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a time from today on.</source>
        <translation>Выберите время не раньше сегодняшнего дня.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an open task can be rescheduled.</source>
        <translation>Перенести можно только открытую задачу.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>This reminder no longer exists.</source>
        <translation>Это напоминание больше не существует.</translation>
    </message>
</context>
<context>
    <name>app.security</name>
    <message>
        <location filename="../../app/security.py" line="+26"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of sales</source>
        <translation>Руководитель отдела продаж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Только просмотр</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clients and contacts</source>
        <extracomment>kind of record -&gt; the views its rights apply to (the first is the main one)</extracomment>
        <translation>Клиенты и контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unknown role {role}.</source>
        <extracomment>report categories of shared/REPORTS.md (client-side right + audit) CLIENT, INTERACTION, DEAL, TASK, FILE or REPORT:&lt;category&gt;</extracomment>
        <translation>Неизвестная роль {role}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrators must keep viewing and editing clients.</source>
        <translation>Администраторы должны сохранить права на просмотр и изменение клиентов.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only the database owner, SYSDBA or RDB$ADMIN can change grants.</source>
        <translation>Изменять права может только владелец базы данных, SYSDBA или RDB$ADMIN.</translation>
    </message>
</context>
<context>
    <name>app.users</name>
    <message>
        <location filename="../../app/users.py" line="+47"/>
        <source>A login is 1-31 Latin letters, digits or _, starting with a letter.</source>
        <extracomment>role -&gt; default visibility scope</extracomment>
        <translation>Логин — от 1 до 31 латинской буквы, цифры или _, начиная с буквы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password may not contain line breaks.</source>
        <translation>Пароль не может содержать переносы строк.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only SYSDBA or an administrator connected with the RDB$ADMIN role may manage logins.</source>
        <translation>Управлять логинами может только SYSDBA или администратор, подключившийся с ролью RDB$ADMIN.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown role {role}; use one of {roles}.</source>
        <translation>Неизвестная роль {role}; допустимые роли: {roles}.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+21"/>
        <source>There is no user {login}.</source>
        <translation>Пользователя {login} нет.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>An embedded database has no passwords.</source>
        <translation>У встроенной базы данных нет паролей.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown role {role}.</source>
        <translation>Неизвестная роль {role}.</translation>
    </message>
</context>
<context>
    <name>app.validate</name>
    <message>
        <location filename="../../app/validate.py" line="+34"/>
        <source>Enter a phone number.</source>
        <extracomment>a note larger than this is refused with a message, never truncated international format for display, e.g. &quot;+7 495 123-45-67&quot; &quot;+74951234567&quot; search key (app.normalize.phone_key): &quot;4951234567&quot; for Russia, &quot;442079460000&quot; abroad</extracomment>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» — не номер телефона.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is not a valid phone number (check the digits and the code).</source>
        <translation>«{text}» — неправильный номер телефона (проверьте цифры и код).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter an e-mail address.</source>
        <translation>Введите адрес e-mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not a valid e-mail address: {why}</source>
        <translation>«{text}» — неправильный адрес e-mail: {why}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A company&apos;s INN has 10 digits.</source>
        <translation>ИНН организации состоит из 10 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person&apos;s INN has 12 digits.</source>
        <translation>ИНН физического лица состоит из 12 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An INN has 10 or 12 digits.</source>
        <translation>ИНН состоит из 10 или 12 цифр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INN {inn}: the check digit is wrong (a typo?).</source>
        <translation>ИНН {inn}: неверное контрольное число (опечатка?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A KPP has 9 characters: 4 digits, 2 digits or letters, 3 digits.</source>
        <translation>КПП состоит из 9 знаков: 4 цифры, 2 цифры или буквы, 3 цифры.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OGRN must have 13 (or 15 for an entrepreneur) digits with a valid check digit.</source>
        <translation>ОГРН должен содержать 13 цифр (15 для ИП) с верным контрольным числом.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{label} contains an invisible control character ({code}) that cannot be saved; remove it (it often comes with pasted text).</source>
        <translation>{label}: содержит невидимый управляющий символ ({code}), его нельзя сохранить; удалите его (он часто приходит со вставленным текстом).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label} is required.</source>
        <translation>Заполните поле «{label}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>{label} is too long ({n} characters, at most {max}).</source>
        <translation>Значение «{label}» слишком длинное ({n} символов, допускается не более {max}).</translation>
    </message>
</context>
<context>
    <name>invoices</name>
    <message>
        <location filename="../../app/invoices.py" line="+26"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part-paid</source>
        <translation>Оплачен частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation>Безналичный перевод</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“{text}” is not an amount.</source>
        <translation>«{text}» — не сумма.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount has at most two decimals (kopecks, cents).</source>
        <translation>В сумме не больше двух знаков после запятой (копейки).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payment terms are 0 to 3650 days.</source>
        <translation>Срок оплаты — от 0 до 3650 дней.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The deal does not exist or you may not see it.</source>
        <translation>Сделки нет или она вам не видна.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deal has no amount to invoice: add products or an amount first.</source>
        <translation>В сделке нет суммы для счёта: сначала добавьте товары или сумму.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+105"/>
        <source>The invoice does not exist or you may not see it.</source>
        <translation>Счёта нет или он вам не виден.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Only a draft can be issued.</source>
        <translation>Выставить можно только черновик.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An invoice with payments cannot be cancelled: delete its payments first.</source>
        <translation>Счёт с оплатами нельзя аннулировать: сначала удалите оплаты.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the payment date.</source>
        <translation>Укажите дату оплаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how it was paid.</source>
        <translation>Выберите способ оплаты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is at most 100 characters.</source>
        <translation>Примечание — не длиннее 100 знаков.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments are recorded only against an issued invoice.</source>
        <translation>Оплату можно внести только по выставленному счёту.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment date is before the invoice was issued.</source>
        <translation>Дата оплаты раньше даты счёта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only {due} {currency} is still due on this invoice.</source>
        <translation>По этому счёту осталось оплатить только {due} {currency}.</translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <location filename="../../app/kpi.py" line="+85"/>
        <source>Revenue of won deals</source>
        <extracomment>money facts count one currency: the indicator&apos;s unit when it is a currency code (never adding roubles to euros); the column that holds the currency in the fact&apos;s SQL</extracomment>
        <translation>Выручка выигранных сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Deals created</source>
        <translation>Созданные сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Win rate, %</source>
        <translation>Доля выигранных, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Payments received</source>
        <translation>Поступившие оплаты</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Sum of the amounts of deals won in the period (by close date), counted for the deal&apos;s responsible manager.</source>
        <extracomment>how each fact is computed, in words (printed by the indicator definitions report, 79)</extracomment>
        <translation>Сумма выигранных за период сделок (по дате закрытия), засчитывается ответственному за сделку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of deals won in the period (by close date), by the deal&apos;s responsible manager.</source>
        <translation>Число выигранных за период сделок (по дате закрытия), по ответственному за сделку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of deals created in the period, by the deal&apos;s responsible manager.</source>
        <translation>Число созданных за период сделок, по ответственному за сделку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of clients created in the period, by the client&apos;s responsible manager.</source>
        <translation>Число клиентов, заведённых за период, по ответственному за клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of calls logged in the period by the manager.</source>
        <translation>Число звонков менеджера за период.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of meetings logged in the period by the manager.</source>
        <translation>Число встреч менеджера за период.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won ÷ (won + lost) among deals closed in the period, in percent; a department&apos;s rate is computed over all its deals.</source>
        <translation>Выигранные ÷ (выигранные + проигранные) среди сделок, закрытых за период, в процентах; для отдела считается по всем его сделкам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money received in the period on invoices, counted for the deal&apos;s responsible manager (else the client&apos;s).</source>
        <translation>Деньги, поступившие за период по счетам; засчитываются ответственному за сделку (иначе — за клиента).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <extracomment>the standard indicators&apos; names (created by revision 0013), so they show translated</extracomment>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The code is 1–30 letters, digits or _.</source>
        <extracomment>MONTH | QUARTER | YEAR inclusive</extracomment>
        <translation>Код — от 1 до 30 латинских букв, цифр или _.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The indicator needs a name.</source>
        <translation>У показателя должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the fact is computed.</source>
        <translation>Выберите, как считается факт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight is a number from 0 to 100.</source>
        <translation>Вес — число от 0 до 100.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The indicator was deleted meanwhile.</source>
        <translation>Показатель тем временем удалён.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+44"/>
        <source>Choose month, quarter or year.</source>
        <extracomment>(target key, col) -&gt; plan</extracomment>
        <translation>Выберите месяц, квартал или год.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» — не число.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan is a number from 0 up.</source>
        <translation>План — число от 0 и больше.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} is not an Excel workbook (.xlsx).</source>
        <translation>{file} — не книга Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row {row}: nobody called “{name}” can have a plan (a manager or department as in the grid).</source>
        <translation>Строка {row}: нет никого с именем «{name}», кому можно задать план (менеджер или отдел, как в таблице).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {row}, column {col}: “{text}” is not a plan (a number from 0 up).</source>
        <translation>Строка {row}, столбец {col}: «{text}» — не план (нужно число от 0).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sheet has no plans: names in column A, the periods&apos; plans in the next columns.</source>
        <translation>На листе нет планов: имена — в столбце A, планы периодов — в следующих столбцах.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../ui/widgets/param_editors.py" line="-255"/>
        <location filename="../../reports/params.py" line="+254"/>
        <source>All</source>
        <extracomment>spin box range when the parameter gives none True for kinds whose choices are loaded from the database (:meth:`set_choices`) False while such choices have not arrived yet kind → editor class; :func:`register` adds to it
----------
reference kind -&gt; SQL giving (id, name) pairs, through the visibility views (route_sql) reference kind -&gt; a scalar subquery naming one row (``?`` = its id) for the report header; the engine folds those a run needs into its one header statement on the read channel</extracomment>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/a_clients.py" line="+57"/>
        <location line="+318"/>
        <location line="+62"/>
        <location line="+33"/>
        <location line="+15"/>
        <location line="+23"/>
        <location line="+47"/>
        <location line="+19"/>
        <location filename="../../reports/catalog/b_dates.py" line="+21"/>
        <location line="+60"/>
        <location filename="../../reports/catalog/c_activity.py" line="+411"/>
        <location filename="../../reports/catalog/d_funnel.py" line="+47"/>
        <location line="+218"/>
        <location line="+106"/>
        <location line="+52"/>
        <location line="+34"/>
        <location filename="../../reports/catalog/e_invoices.py" line="+119"/>
        <location filename="../../reports/catalog/e_sales.py" line="+221"/>
        <location line="+87"/>
        <location line="+29"/>
        <location filename="../../reports/catalog/f_kpi.py" line="+55"/>
        <location filename="../../reports/catalog/h_documents.py" line="+28"/>
        <location line="+140"/>
        <location line="+49"/>
        <location filename="../../reports/catalog/i_quality.py" line="+50"/>
        <location line="+317"/>
        <location filename="../../reports/catalog/k_summary.py" line="+27"/>
        <location line="+152"/>
        <location filename="../../reports/cube.py" line="+103"/>
        <location filename="../../reports/forms/deal.py" line="+150"/>
        <location filename="../../reports/forms/labels.py" line="+22"/>
        <location filename="../../reports/queries/deals.py" line="+196"/>
        <source>Manager</source>
        <extracomment>one type for counts and money in a digest&apos;s columns (a UNION needs one)
----------
the label column&apos;s key and the id suffix (&quot;by_&lt;key&gt;&quot;) the printed value (before COALESCE with ``none_text``) names from :data:`JOINS`, in order extra GROUP BY columns (ids, sort keys) ORDER BY before the label needs DEAL_LINES joined the parameter this dimension replaces (skipped as a filter) join name -&gt; (table, ON clause); outer joins from DEALS
----------
a typed 1.0 for &quot;× 1.0&quot; (integer division truncates in Firebird) report id part and the label column&apos;s key (&quot;manager&quot;) column title the deal&apos;s foreign key the printed name column</extracomment>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Include archived clients</source>
        <translation>Показывать и архивных клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../../reports/catalog/c_activity.py" line="+149"/>
        <location line="+16"/>
        <location line="+16"/>
        <location line="+51"/>
        <location line="+67"/>
        <location line="+3"/>
        <location filename="../../reports/catalog/d_funnel.py" line="-107"/>
        <location line="+82"/>
        <location line="+55"/>
        <location line="+4"/>
        <location filename="../../reports/catalog/e_invoices.py" line="-17"/>
        <location line="+23"/>
        <location filename="../../reports/catalog/f_kpi.py" line="-10"/>
        <location line="+1"/>
        <location line="+184"/>
        <location line="+75"/>
        <location filename="../../reports/catalog/h_documents.py" line="-191"/>
        <location filename="../../reports/catalog/i_quality.py" line="-314"/>
        <location filename="../../reports/catalog/j_audit.py" line="+28"/>
        <location filename="../../reports/catalog/k_summary.py" line="-2"/>
        <location filename="../../reports/cube.py" line="+58"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/i_quality.py" line="-2"/>
        <source>At most rows</source>
        <translation>Не более строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include lost clients</source>
        <translation>Показывать и потерянных клиентов</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../reports/catalog/c_activity.py" line="-97"/>
        <location line="+19"/>
        <location filename="../../reports/catalog/e_sales.py" line="-72"/>
        <location filename="../../reports/catalog/i_quality.py" line="+404"/>
        <location line="+27"/>
        <location line="+36"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no classifier “{name}”. Known: {names}.</source>
        <translation>Классификатора «{name}» нет. Есть: {names}.</translation>
    </message>
    <message>
        <location line="+405"/>
        <source>(new client)</source>
        <translation>(новый клиент)</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New clients by month</source>
        <translation>Новые клиенты по месяцам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many clients did we gain each month?</source>
        <translation>Сколько клиентов мы привлекли за каждый месяц?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reports/catalog/c_activity.py" line="+66"/>
        <location filename="../../reports/catalog/k_summary.py" line="+22"/>
        <location line="+10"/>
        <location filename="../../reports/queries/deals.py" line="-150"/>
        <location filename="../../reports/queries/kpi.py" line="+33"/>
        <source>Month</source>
        <extracomment>grain of a time axis: value -&gt; title (a &quot;choice&quot; parameter)</extracomment>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location filename="../../reports/catalog/c_activity.py" line="-171"/>
        <location filename="../../reports/catalog/k_summary.py" line="-121"/>
        <location line="+97"/>
        <location filename="../../reports/queries/kpi.py" line="+8"/>
        <source>New clients</source>
        <extracomment>(indicator title, table, date column, extra condition, value: &quot;count&quot; or the summed column)</extracomment>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <location filename="../../reports/catalog/i_quality.py" line="-34"/>
        <source>Companies</source>
        <translation>Юр. лица</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Persons</source>
        <translation>Физ. лица</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New clients by manager</source>
        <translation>Новые клиенты по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who brought in the new clients of the period?</source>
        <translation>Кто привёл новых клиентов за период?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clients by status</source>
        <translation>Клиенты по статусам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is the client base spread over the lifecycle?</source>
        <translation>Как клиентская база распределена по этапам жизненного цикла?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <location line="+17"/>
        <location line="+15"/>
        <location line="+70"/>
        <location line="+12"/>
        <location line="+5"/>
        <location filename="../../reports/catalog/c_activity.py" line="+19"/>
        <location filename="../../reports/forms/client_card.py" line="+44"/>
        <location filename="../../reports/forms/labels.py" line="-1"/>
        <source>Status</source>
        <extracomment>layout -&gt; (columns, rows) per A4 sheet</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>With open deals</source>
        <translation>С открытыми сделками</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <location line="+15"/>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+100"/>
        <source>Open deals amount</source>
        <translation>Сумма открытых сделок</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Clients by classifier</source>
        <translation>Клиенты по классификатору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are clients spread over the values of a classifier (industry, size…)?</source>
        <translation>Как клиенты распределены по значениям классификатора (отрасль, размер…)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location filename="../../reports/catalog/i_quality.py" line="-207"/>
        <location line="+173"/>
        <source>Classifier</source>
        <translation>Классификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/i_quality.py" line="-56"/>
        <location line="+123"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the base</source>
        <translation>Доля базы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clients by source</source>
        <translation>Клиенты по источникам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which channels bring our clients, and how many become customers?</source>
        <translation>Какие каналы приводят клиентов и сколько из них становятся покупателями?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <location line="+124"/>
        <location filename="../../reports/catalog/d_funnel.py" line="-443"/>
        <location filename="../../reports/catalog/e_sales.py" line="+35"/>
        <location filename="../../reports/catalog/i_quality.py" line="-241"/>
        <location filename="../../reports/cube.py" line="-41"/>
        <location filename="../../reports/forms/client_card.py" line="+2"/>
        <location filename="../../reports/forms/deal.py" line="-50"/>
        <location filename="../../reports/queries/deals.py" line="+152"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+13"/>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Became customers</source>
        <translation>Стали покупателями</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+13"/>
        <location line="+82"/>
        <location filename="../../reports/catalog/d_funnel.py" line="+89"/>
        <location line="+39"/>
        <location line="+79"/>
        <location line="+98"/>
        <location line="+83"/>
        <location filename="../../reports/catalog/e_sales.py" line="+40"/>
        <location filename="../../reports/cube.py" line="+90"/>
        <location filename="../../reports/forms/common.py" line="+22"/>
        <location filename="../../reports/params.py" line="-212"/>
        <source>Lost</source>
        <translation>Потеряно</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Clients by region and city</source>
        <translation>Клиенты по регионам и городам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where are our clients?</source>
        <translation>Где находятся наши клиенты?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+150"/>
        <location filename="../../reports/cube.py" line="-81"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+28"/>
        <location line="+120"/>
        <location filename="../../reports/catalog/e_sales.py" line="-111"/>
        <location filename="../../reports/catalog/i_quality.py" line="+0"/>
        <location line="+105"/>
        <location filename="../../reports/cube.py" line="+2"/>
        <location filename="../../reports/forms/client_card.py" line="+0"/>
        <location filename="../../reports/forms/labels.py" line="+2"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Clients by responsible manager</source>
        <translation>Клиенты по ответственным менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many clients, in which statuses and with what open business, does each manager hold?</source>
        <translation>Сколько клиентов, в каких статусах и с какими открытыми сделками ведёт каждый менеджер?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../reports/catalog/f_kpi.py" line="-258"/>
        <location line="+9"/>
        <location line="+165"/>
        <location filename="../../reports/catalog/j_audit.py" line="+298"/>
        <location filename="../../reports/cube.py" line="-24"/>
        <location filename="../../reports/queries/deals.py" line="+4"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <location filename="../../reports/params.py" line="-3"/>
        <source>Potential</source>
        <extracomment>client lifecycle statuses (CLIENTS.STATUS)</extracomment>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <location filename="../../reports/catalog/j_audit.py" line="+1"/>
        <location filename="../../reports/params.py" line="+1"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <location filename="../../reports/params.py" line="+1"/>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+45"/>
        <location line="+100"/>
        <location filename="../../reports/catalog/d_funnel.py" line="-128"/>
        <location filename="../../reports/catalog/f_kpi.py" line="+124"/>
        <location filename="../../reports/catalog/i_quality.py" line="+120"/>
        <location filename="../../reports/forms/client_card.py" line="+61"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Clients without a responsible manager</source>
        <translation>Клиенты без ответственного менеджера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients does nobody look after?</source>
        <translation>Какими клиентами никто не занимается?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+15"/>
        <location line="+23"/>
        <location line="+25"/>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+17"/>
        <location filename="../../reports/catalog/b_dates.py" line="-2"/>
        <location line="+59"/>
        <location filename="../../reports/catalog/c_activity.py" line="-33"/>
        <location line="+32"/>
        <location line="+34"/>
        <location line="+17"/>
        <location line="+53"/>
        <location filename="../../reports/catalog/d_funnel.py" line="-44"/>
        <location line="+188"/>
        <location filename="../../reports/catalog/e_invoices.py" line="-12"/>
        <location filename="../../reports/catalog/e_sales.py" line="-1"/>
        <location line="+14"/>
        <location line="+8"/>
        <location filename="../../reports/catalog/h_documents.py" line="+143"/>
        <location line="+44"/>
        <location filename="../../reports/catalog/i_quality.py" line="-138"/>
        <location line="+105"/>
        <location filename="../../reports/catalog/j_audit.py" line="-295"/>
        <location line="+6"/>
        <location line="+236"/>
        <location line="+63"/>
        <location line="+10"/>
        <location filename="../../reports/forms/common.py" line="-5"/>
        <location filename="../../reports/forms/deal.py" line="-3"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+125"/>
        <location filename="../../reports/catalog/d_funnel.py" line="-19"/>
        <location filename="../../reports/catalog/i_imports.py" line="+44"/>
        <location filename="../../reports/catalog/i_quality.py" line="-44"/>
        <location line="+45"/>
        <location filename="../../reports/catalog/j_audit.py" line="-313"/>
        <location line="+227"/>
        <location filename="../../reports/forms/client_card.py" line="-4"/>
        <location filename="../../reports/forms/deal.py" line="+4"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+14"/>
        <location line="+15"/>
        <location line="+23"/>
        <location line="+73"/>
        <location filename="../../reports/catalog/c_activity.py" line="-102"/>
        <location line="+53"/>
        <location filename="../../reports/catalog/i_quality.py" line="+2"/>
        <location filename="../../reports/forms/client_card.py" line="-54"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Sleeping clients</source>
        <translation>«Спящие» клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients have we not reached for N days?</source>
        <translation>С какими клиентами не было контакта N дней?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact for, days</source>
        <translation>Без контакта, дней</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days without contact</source>
        <translation>Дней без контакта</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/c_activity.py" line="-51"/>
        <source>Last attempt</source>
        <translation>Последняя попытка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clients with no open task or next step</source>
        <translation>Клиенты без открытой задачи и следующего шага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients have nothing planned — no open task and no next step on an open deal?</source>
        <translation>У каких клиентов ничего не запланировано — ни открытой задачи, ни следующего шага по открытой сделке?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lost clients by reason</source>
        <translation>Потерянные клиенты по причинам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why did the clients we lost in the period leave?</source>
        <translation>Почему ушли клиенты, потерянные за период?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location filename="../../reports/catalog/d_funnel.py" line="-70"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Lost clients</source>
        <translation>Потерянные клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients did we lose in the period, and why?</source>
        <translation>Каких клиентов мы потеряли за период и почему?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lost on</source>
        <translation>Дата потери</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reports/forms/client_card.py" line="+0"/>
        <source>Client since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client status transitions</source>
        <translation>Смена статусов клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did clients move between lifecycle statuses in the period?</source>
        <translation>Как клиенты переходили между статусами за период?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From \ to</source>
        <translation>Из \ в</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reports/catalog/c_activity.py" line="+16"/>
        <location line="+66"/>
        <location filename="../../reports/cli_report.py" line="+90"/>
        <location filename="../../reports/render_pdf.py" line="+322"/>
        <location filename="../../reports/render_xlsx.py" line="+168"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../reports/forms/client_card.py" line="+26"/>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who are the people we deal with at our clients, and how do we reach them?</source>
        <translation>С кем мы общаемся у наших клиентов и как с ними связаться?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reports/catalog/i_quality.py" line="-58"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/i_quality.py" line="+1"/>
        <location filename="../../reports/forms/client_card.py" line="+1"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <location filename="../../reports/catalog/h_documents.py" line="+2"/>
        <location filename="../../reports/catalog/i_quality.py" line="-139"/>
        <location line="+108"/>
        <location filename="../../reports/catalog/j_audit.py" line="-222"/>
        <location filename="../../reports/forms/client_card.py" line="-15"/>
        <location filename="../../reports/forms/common.py" line="+60"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <location filename="../../reports/catalog/i_quality.py" line="-108"/>
        <location line="+109"/>
        <location filename="../../reports/catalog/j_audit.py" line="+0"/>
        <location filename="../../reports/forms/client_card.py" line="+2"/>
        <location filename="../../reports/forms/common.py" line="+0"/>
        <location filename="../../reports/queries/labels.py" line="+34"/>
        <location line="+10"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../../reports/forms/client_card.py" line="-15"/>
        <location line="+29"/>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clients whose contract is due for renewal</source>
        <translation>Клиенты, у которых подходит срок продления договора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose contract runs out within the next days? A client&apos;s contract is the last contract form printed or exported for any of its deals (the audit trail&apos;s date); it is due for renewal the chosen number of months later. Contracts already due are listed too (negative days).</source>
        <translation>У кого договор заканчивается в ближайшие дни? Договор клиента — последняя форма договора, напечатанная или выгруженная по любой из его сделок (дата из журнала аудита); продлевать его нужно через выбранное число месяцев. Договоры, срок которых уже наступил, тоже в списке (отрицательные дни).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contract term, months</source>
        <translation>Срок договора, месяцев</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due within, days</source>
        <translation>Срок наступает в течение, дней</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last contract</source>
        <translation>Последний договор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal due</source>
        <translation>Продлить до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client list</source>
        <translation>Список клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clients of the base with the columns of your choice (name them in “Columns”, separated by commas; empty: name, status, manager, city, phone, e-mail).</source>
        <translation>Клиенты базы с колонками на ваш выбор (перечислите их в поле «Колонки» через запятую; пусто — название, статус, менеджер, город, телефон, e-mail).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next step at</source>
        <translation>Срок следующего шага</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/c_activity.py" line="-553"/>
        <source>Interaction type</source>
        <translation>Вид взаимодействия</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Task done: {kind}</source>
        <extracomment>Firebird&apos;s WEEKDAY (0 = Sunday) -&gt; title; the rows start on Monday</extracomment>
        <translation>Задача выполнена: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(in)</source>
        <translation>(вх.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(out)</source>
        <translation>(исх.)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Most contacted clients</source>
        <extracomment>the two lists of report 30</extracomment>
        <translation>Клиенты с наибольшим числом контактов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least contacted customers</source>
        <translation>Покупатели с наименьшим числом контактов</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Deal step</source>
        <translation>Шаг по сделке</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Interactions by manager and type</source>
        <translation>Взаимодействия по менеджерам и видам</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Also managers without activity</source>
        <extracomment>fill=&quot;managers&quot;: the managers who did nothing in the period are listed too (with zeros)</extracomment>
        <translation>Также менеджеры без активности</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>What did each manager do with clients in the period, by type?</source>
        <translation>Что каждый менеджер сделал с клиентами за период, по видам?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <location line="+135"/>
        <location filename="../../reports/forms/client_card.py" line="-33"/>
        <location line="+84"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+178"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+31"/>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Not reached</source>
        <translation>Не дозвонились</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+159"/>
        <source>Duration, min</source>
        <translation>Длительность, мин</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Interactions by type: managers compared</source>
        <translation>Взаимодействия по видам: сравнение менеджеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many calls, e-mails and meetings did each manager log?</source>
        <translation>Сколько звонков, писем и встреч записал каждый менеджер?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+148"/>
        <location line="+113"/>
        <location line="+14"/>
        <location filename="../../reports/catalog/f_kpi.py" line="-38"/>
        <location filename="../../reports/catalog/k_summary.py" line="-91"/>
        <location line="+86"/>
        <location filename="../../reports/queries/kpi.py" line="+1"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="-293"/>
        <location line="+281"/>
        <location line="+14"/>
        <location filename="../../reports/catalog/k_summary.py" line="-83"/>
        <location line="+85"/>
        <location filename="../../reports/forms/client_card.py" line="-50"/>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-294"/>
        <location line="+166"/>
        <location line="+113"/>
        <location line="+14"/>
        <location filename="../../reports/catalog/k_summary.py" line="-87"/>
        <location line="+86"/>
        <location filename="../../reports/queries/kpi.py" line="+1"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>SMS and chats</source>
        <translation>SMS и чаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+279"/>
        <location line="+14"/>
        <source>In all</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Calls by manager</source>
        <translation>Звонки по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much does each manager call, how long, and how many calls are suspiciously short?</source>
        <translation>Сколько звонит каждый менеджер, как долго и сколько подозрительно коротких звонков?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short call: under, seconds</source>
        <translation>Короткий звонок: менее, секунд</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+164"/>
        <location filename="../../reports/queries/labels.py" line="+11"/>
        <source>Reached</source>
        <extracomment>INTERACTIONS.RESULT (app.interactions.RESULTS)</extracomment>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Talk time, min</source>
        <translation>Время разговоров, мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average call, s</source>
        <translation>Средний звонок, с</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reports/catalog/f_kpi.py" line="+1"/>
        <source>Short calls</source>
        <translation>Короткие звонки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short-call share</source>
        <translation>Доля коротких звонков</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk time, s</source>
        <translation>Время разговоров, с</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meetings held vs planned</source>
        <translation>Встречи: проведённые и запланированные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did managers hold the meetings they planned?</source>
        <translation>Провели ли менеджеры запланированные встречи?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/queries/labels.py" line="+9"/>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location filename="../../reports/queries/labels.py" line="+1"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/b_dates.py" line="-118"/>
        <source>Dates in</source>
        <translation>Даты в периоде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact&apos;s birthday</source>
        <translation>День рождения контакта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s birthday</source>
        <translation>День рождения клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company anniversary</source>
        <translation>Годовщина компании</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../reports/catalog/h_documents.py" line="-120"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasion</source>
        <translation>Повод</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years</source>
        <translation>Лет</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reports/catalog/c_activity.py" line="-26"/>
        <location line="+20"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Birthdays of contact persons and clients</source>
        <translation>Дни рождения контактных лиц и клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom should we congratulate on a birthday in these days?</source>
        <translation>Кого поздравить с днём рождения в эти дни?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company anniversaries</source>
        <translation>Годовщины компаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which client companies celebrate their founding day in these days?</source>
        <translation>У каких компаний-клиентов в эти дни день основания?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occasions calendar</source>
        <translation>Календарь поводов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which birthdays and anniversaries fall in these days, day by day?</source>
        <translation>Какие дни рождения и годовщины приходятся на эти дни, по дням?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders due and overdue</source>
        <translation>Напоминания к сроку и просроченные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which reminders are overdue, and which fall due in these days?</source>
        <translation>Какие напоминания просрочены, а какие наступают в эти дни?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due up to the end of</source>
        <translation>Срок до конца периода</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/c_activity.py" line="-19"/>
        <source>Still ahead</source>
        <translation>Ещё впереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held of due</source>
        <translation>Проведено из наступивших</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings logged</source>
        <translation>Записано встреч</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/b_dates.py" line="-50"/>
        <location line="+47"/>
        <location filename="../../reports/catalog/c_activity.py" line="+1"/>
        <location line="+32"/>
        <location filename="../../reports/catalog/e_invoices.py" line="+3"/>
        <location filename="../../reports/catalog/h_documents.py" line="+78"/>
        <location filename="../../reports/forms/client_card.py" line="+38"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/c_activity.py" line="-27"/>
        <source>Tasks completed vs overdue by manager</source>
        <translation>Задачи: выполненные и просроченные по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the tasks due in the period, how many did each manager complete, on time or late, and how many are overdue?</source>
        <translation>Сколько задач со сроком в периоде каждый менеджер выполнил вовремя или с опозданием и сколько просрочено?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tasks due</source>
        <translation>Задач со сроком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet due</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed share</source>
        <translation>Доля выполненных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue share</source>
        <translation>Доля просроченных</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../reports/catalog/f_kpi.py" line="+38"/>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which open tasks are past their due date, and whose are they?</source>
        <translation>Какие открытые задачи просрочены и чьи они?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reports/catalog/e_invoices.py" line="+1"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/b_dates.py" line="+4"/>
        <location filename="../../reports/catalog/c_activity.py" line="+1"/>
        <location filename="../../reports/catalog/h_documents.py" line="+1"/>
        <location line="+42"/>
        <location filename="../../reports/catalog/j_audit.py" line="+2"/>
        <location filename="../../reports/forms/client_card.py" line="+0"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/c_activity.py" line="+3"/>
        <location line="+136"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>First-response time for new clients</source>
        <translation>Время первого контакта с новыми клиентами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast does each manager first get in touch with a new client?</source>
        <translation>Как быстро каждый менеджер впервые связывается с новым клиентом?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast response: within, hours</source>
        <translation>Быстрый отклик: в течение, часов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not contacted yet</source>
        <translation>Ещё не связались</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average first response, h</source>
        <translation>Средний первый отклик, ч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast responses</source>
        <translation>Быстрые отклики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast share</source>
        <translation>Доля быстрых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time, h</source>
        <translation>Время отклика, ч</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last contact vs last attempt</source>
        <translation>Последний контакт и последняя попытка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients do we keep trying without reaching them?</source>
        <translation>До каких клиентов мы пытаемся достучаться, но не можем?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only clients not reached since the last attempt</source>
        <translation>Только клиенты, до которых не дозвонились после последней попытки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days since contact</source>
        <translation>Дней с контакта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since attempt</source>
        <translation>Дней с попытки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts since contact</source>
        <translation>Попыток после контакта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity heat-map by weekday and hour</source>
        <translation>Тепловая карта активности по дням недели и часам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When in the week do we work with clients?</source>
        <translation>В какие дни и часы мы работаем с клиентами?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before 8</source>
        <translation>до 8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after 20</source>
        <translation>после 20</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manager daily log</source>
        <translation>Дневник менеджера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What exactly did a manager do that day: calls, meetings, letters, tasks completed?</source>
        <translation>Что именно менеджер делал в этот день: звонки, встречи, письма, выполненные задачи?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/i_imports.py" line="-6"/>
        <location filename="../../reports/catalog/i_quality.py" line="+9"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reports/catalog/h_documents.py" line="-53"/>
        <location filename="../../reports/forms/client_card.py" line="+12"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/h_documents.py" line="+3"/>
        <location filename="../../reports/forms/client_card.py" line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interactions per client: top and bottom</source>
        <translation>Взаимодействия на клиента: больше и меньше всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients get most of our attention, and which customers the least?</source>
        <translation>Каким клиентам мы уделяем больше всего внимания, а каким покупателям — меньше всего?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients in each list</source>
        <translation>Клиентов в каждом списке</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../reports/catalog/i_quality.py" line="+123"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/d_funnel.py" line="-101"/>
        <location filename="../../reports/forms/deal.py" line="-38"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client coverage by manager</source>
        <translation>Охват клиентов по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What share of each manager&apos;s clients did we touch in the last N days?</source>
        <translation>Какой доли клиентов каждого менеджера мы касались за последние N дней?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Touched</source>
        <translation>Был контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/f_kpi.py" line="-23"/>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reached share</source>
        <translation>Доля дозвонов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not touched</source>
        <translation>Без контакта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail sent and received by manager</source>
        <translation>E-mail: отправленные и полученные по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much e-mail does each manager exchange with clients?</source>
        <translation>Сколько писем каждый менеджер отправляет клиентам и получает от них?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reports/queries/labels.py" line="-2"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/e_invoices.py" line="+11"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned next actions</source>
        <translation>Запланированные действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is planned for next week: open tasks and next steps of open deals?</source>
        <translation>Что запланировано на следующую неделю: открытые задачи и следующие шаги открытых сделок?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../reports/catalog/h_documents.py" line="-4"/>
        <location line="+50"/>
        <location filename="../../reports/catalog/j_audit.py" line="+22"/>
        <location filename="../../reports/forms/client_card.py" line="-1"/>
        <location filename="../../reports/forms/deal.py" line="+56"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reports/catalog/j_audit.py" line="+185"/>
        <location line="+97"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Completed activity over time</source>
        <translation>Выполненная работа по периодам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much work was done each month: calls, meetings, e-mails and tasks (everybody, or one manager to compare)?</source>
        <translation>Сколько работы сделано в каждом месяце: звонки, встречи, письма и задачи (все или один менеджер для сравнения)?</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../reports/catalog/k_summary.py" line="-82"/>
        <location line="+84"/>
        <source>Tasks done</source>
        <translation>Выполнено задач</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled activity by day</source>
        <translation>Запланированная работа по дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much is planned for each coming day: calls, meetings, e-mails, to-dos?</source>
        <translation>Сколько запланировано на каждый ближайший день: звонки, встречи, письма, дела?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due in</source>
        <translation>Срок в периоде</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reports/catalog/f_kpi.py" line="+44"/>
        <location filename="../../reports/catalog/h_documents.py" line="-185"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/d_funnel.py" line="-216"/>
        <location line="+66"/>
        <location line="+154"/>
        <location line="+40"/>
        <location line="+20"/>
        <location line="+127"/>
        <location filename="../../reports/catalog/f_kpi.py" line="-15"/>
        <location filename="../../reports/catalog/i_quality.py" line="-17"/>
        <location filename="../../reports/cube.py" line="+7"/>
        <location filename="../../reports/forms/deal.py" line="-22"/>
        <location filename="../../reports/queries/deals.py" line="-2"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="-404"/>
        <location filename="../../reports/catalog/k_summary.py" line="+24"/>
        <source>Closed in</source>
        <translation>Закрыты в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in</source>
        <translation>Созданы в</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/c_activity.py" line="-27"/>
        <location filename="../../reports/catalog/d_funnel.py" line="+1"/>
        <location filename="../../reports/cube.py" line="+286"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/d_funnel.py" line="+1"/>
        <location filename="../../reports/catalog/j_audit.py" line="-316"/>
        <source>Rows shown at most</source>
        <translation>Показывать строк не более</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+330"/>
        <location filename="../../reports/catalog/f_kpi.py" line="+2"/>
        <location filename="../../reports/catalog/i_quality.py" line="+20"/>
        <location filename="../../reports/cube.py" line="-192"/>
        <location filename="../../reports/forms/client_card.py" line="-30"/>
        <source>Deals</source>
        <extracomment>the aggregate &quot;overall&quot;: over the whole set (no dimension) uses OVER (): not part of the whole-set totals query</extracomment>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="-329"/>
        <location line="+212"/>
        <location line="+41"/>
        <location line="+150"/>
        <location filename="../../reports/catalog/e_invoices.py" line="-36"/>
        <location filename="../../reports/catalog/e_sales.py" line="+25"/>
        <location filename="../../reports/catalog/f_kpi.py" line="+1"/>
        <location filename="../../reports/catalog/i_quality.py" line="-94"/>
        <location filename="../../reports/cube.py" line="+11"/>
        <location filename="../../reports/forms/client_card.py" line="+4"/>
        <location filename="../../reports/forms/deal.py" line="-28"/>
        <location line="+29"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="-402"/>
        <location line="+253"/>
        <location filename="../../reports/cube.py" line="+1"/>
        <source>Weighted amount</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+154"/>
        <location line="+40"/>
        <location filename="../../reports/catalog/f_kpi.py" line="-2"/>
        <location filename="../../reports/catalog/i_quality.py" line="+75"/>
        <location filename="../../reports/cube.py" line="-103"/>
        <location filename="../../reports/forms/client_card.py" line="+0"/>
        <location filename="../../reports/forms/deal.py" line="+0"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+40"/>
        <location line="+77"/>
        <location line="+98"/>
        <location line="+84"/>
        <location filename="../../reports/catalog/e_sales.py" line="+64"/>
        <location filename="../../reports/cube.py" line="+92"/>
        <location filename="../../reports/forms/common.py" line="-56"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location line="-297"/>
        <location line="+217"/>
        <location filename="../../reports/cube.py" line="+3"/>
        <location filename="../../reports/forms/client_card.py" line="+2"/>
        <location filename="../../reports/forms/deal.py" line="+4"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+217"/>
        <location filename="../../reports/cube.py" line="+2"/>
        <location filename="../../reports/queries/kpi.py" line="+1"/>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+114"/>
        <location line="+84"/>
        <location line="+14"/>
        <location line="+21"/>
        <location line="+64"/>
        <location line="+27"/>
        <location filename="../../reports/catalog/e_sales.py" line="+4"/>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Won and lost</source>
        <translation>Выиграно и проиграно</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0–30 days</source>
        <extracomment>what a by-manager report may be grouped by instead (reports/cube.py ``by=``)</extracomment>
        <translation>0–30 дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reports/catalog/e_invoices.py" line="-28"/>
        <source>31–60 days</source>
        <translation>31–60 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/e_invoices.py" line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>91–180 days</source>
        <translation>91–180 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 180 days</source>
        <translation>более 180 дней</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Open now</source>
        <translation>Открыто сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open amount</source>
        <translation>Сумма открытых</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+98"/>
        <source>Lost amount</source>
        <translation>Сумма проигранных</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+188"/>
        <location filename="../../reports/catalog/i_quality.py" line="-78"/>
        <location filename="../../reports/catalog/j_audit.py" line="+11"/>
        <location filename="../../reports/forms/client_card.py" line="-2"/>
        <location filename="../../reports/forms/common.py" line="-3"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="-182"/>
        <location filename="../../reports/catalog/e_invoices.py" line="-41"/>
        <location filename="../../reports/catalog/g_products.py" line="+160"/>
        <location line="+29"/>
        <location filename="../../reports/engine.py" line="+382"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/forms/deal.py" line="+19"/>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle days</source>
        <translation>Дней без движения</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Funnel snapshot: deals and amount per stage</source>
        <translation>Срез воронки: сделки и суммы по этапам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where are the open deals right now, and what are they worth?</source>
        <translation>Где сейчас открытые сделки и сколько они стоят?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Funnel by manager</source>
        <translation>Воронка по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which open deals does each manager hold, stage by stage?</source>
        <translation>Какие открытые сделки ведёт каждый менеджер, по этапам?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funnel by source</source>
        <translation>Воронка по источникам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which channels fill the pipeline, stage by stage?</source>
        <translation>Какие каналы наполняют воронку, по этапам?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage-to-stage conversion</source>
        <translation>Конверсия между этапами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the deals that reached a stage, how many went on to the next one?</source>
        <translation>Сколько сделок, дошедших до этапа, перешли на следующий?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+127"/>
        <location filename="../../reports/forms/deal.py" line="-2"/>
        <source>From stage</source>
        <translation>С этапа</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+127"/>
        <location filename="../../reports/forms/deal.py" line="+1"/>
        <source>To stage</source>
        <translation>На этап</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Reached the first</source>
        <translation>Дошли до первого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached the next</source>
        <translation>Дошли до следующего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Win rate by manager</source>
        <translation>Доля выигранных по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which share of their closed deals does each manager win?</source>
        <translation>Какую долю закрытых сделок выигрывает каждый менеджер?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Win rate by source</source>
        <translation>Доля выигранных по источникам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals from which channels are won most often?</source>
        <translation>Сделки из каких каналов выигрываются чаще?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate by funnel</source>
        <translation>Доля выигранных по воронкам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which sales process wins most of its closed deals?</source>
        <translation>Какой процесс продаж выигрывает большую часть закрытых сделок?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won and lost deals per period</source>
        <translation>Выигранные и проигранные сделки по периодам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many deals did we win and lose, and for how much?</source>
        <translation>Сколько сделок мы выиграли и проиграли и на какую сумму?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lost deals by reason</source>
        <translation>Проигранные сделки по причинам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do we lose deals, and how much do we lose for each reason?</source>
        <translation>Почему мы проигрываем сделки и сколько теряем по каждой причине?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of lost deals</source>
        <translation>Доля проигранных сделок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average won deal size by manager</source>
        <translation>Средний размер выигранной сделки по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How big are the deals each manager wins?</source>
        <translation>Насколько крупные сделки выигрывает каждый менеджер?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+103"/>
        <location filename="../../reports/catalog/e_sales.py" line="-286"/>
        <location line="+216"/>
        <location line="+21"/>
        <location filename="../../reports/queries/kpi.py" line="-5"/>
        <source>Won deals</source>
        <extracomment>revenue reports look at a year by default</extracomment>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <location line="-101"/>
        <location filename="../../reports/cube.py" line="+9"/>
        <source>Average deal</source>
        <translation>Средняя сделка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest</source>
        <translation>Наименьшая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Наибольшая</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales cycle length by manager</source>
        <translation>Длительность цикла продаж по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days pass from a deal&apos;s creation to its close?</source>
        <translation>Сколько дней проходит от создания сделки до её закрытия?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days</source>
        <translation>В среднем дней</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Forecast vs actual</source>
        <translation>Прогноз и факт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the deals expected to close in each month, how much was won, and how much was actually won in that month?</source>
        <translation>Сколько из сделок, которые ожидались к закрытию в каждом месяце, выиграно и сколько фактически выиграно в этом месяце?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deals expected to close</source>
        <translation>Ожидалось к закрытию сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected amount</source>
        <translation>Ожидаемая сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of it won</source>
        <translation>Из неё выиграно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of it still open</source>
        <translation>Из неё ещё открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast won</source>
        <translation>Прогноз выполнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actually won in the period</source>
        <translation>Фактически выиграно в периоде</translation>
    </message>
    <message>
        <location filename="../../reports/cube.py" line="+4"/>
        <source>Shortest</source>
        <translation>Самый короткий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest</source>
        <translation>Самый длинный</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/d_funnel.py" line="-109"/>
        <source>Rotting deals: time in stage and days without activity</source>
        <translation>Зависшие сделки: время на этапе и дни без активности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which open deals has nobody touched for too long?</source>
        <translation>Какие открытые сделки слишком долго никто не трогал?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle days (empty: the stage&apos;s rotting days)</source>
        <translation>Дней без движения (пусто — срок зависания этапа)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deals without a next activity</source>
        <translation>Сделки без следующего действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which open deals have no task and no next step planned?</source>
        <translation>У каких открытых сделок не запланированы ни задача, ни следующий шаг?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deal aging</source>
        <translation>Возраст сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How old are the open deals, and how much money sits in old ones?</source>
        <translation>Сколько лет открытым сделкам и сколько денег лежит в старых?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/g_products.py" line="+29"/>
        <source>Average age, days</source>
        <translation>Средний возраст, дней</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline by expected close month</source>
        <translation>Воронка по месяцам ожидаемого закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When are the open deals expected to close?</source>
        <translation>Когда ожидается закрытие открытых сделок?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reports/forms/deal.py" line="-21"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weighted forecast by manager</source>
        <translation>Взвешенный прогноз по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will the open deals expected to close in the period likely bring?</source>
        <translation>Что, вероятно, принесут открытые сделки с ожидаемым закрытием в периоде?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected to close in</source>
        <translation>Ожидаемое закрытие в</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average probability</source>
        <translation>Средняя вероятность</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deals created per period</source>
        <translation>Созданные сделки по периодам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many deals do we start, and what became of them?</source>
        <translation>Сколько сделок мы начинаем и чем они закончились?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../reports/catalog/e_sales.py" line="+47"/>
        <source>Still open</source>
        <translation>Ещё открыты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open vs closed pipeline by manager</source>
        <translation>Открытые и закрытые сделки по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does each manager hold open, and what did they win and lose?</source>
        <translation>Что каждый менеджер ведёт сейчас и что выиграл и проиграл?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open vs closed pipeline by department</source>
        <translation>Открытые и закрытые сделки по отделам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does each office hold open, and what did it win and lose?</source>
        <translation>Что каждый отдел ведёт сейчас и что выиграл и проиграл?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deals moved backwards</source>
        <translation>Сделки, возвращённые на прежние этапы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which deals went back to an earlier stage, and who moved them?</source>
        <translation>Какие сделки вернулись на более ранний этап и кто их перевёл?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved in</source>
        <translation>Перевод в</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved at</source>
        <translation>Когда переведена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps back</source>
        <translation>Шагов назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved by</source>
        <translation>Кем переведена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Win rate by product</source>
        <translation>Доля выигранных сделок по товарам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals with which products are won most often (a deal counts once per product)?</source>
        <translation>Сделки с какими товарами выигрываются чаще (сделка считается один раз на товар)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate by team</source>
        <translation>Доля выигранных сделок по командам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which team (the manager&apos;s department) wins most of its closed deals?</source>
        <translation>Какая команда (отдел менеджера) выигрывает бо́льшую часть закрытых сделок?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate by department of the deal</source>
        <translation>Доля выигранных сделок по отделу сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which office wins most of the deals it closes?</source>
        <translation>Какой офис выигрывает бо́льшую часть закрытых сделок?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales cycle by product</source>
        <translation>Цикл сделки по товарам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long do won deals with each product take from creation to close?</source>
        <translation>Сколько длятся выигранные сделки с каждым товаром от создания до закрытия?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales cycle by team</source>
        <translation>Цикл сделки по командам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long does each team take to win a deal?</source>
        <translation>Сколько времени каждой команде нужно, чтобы выиграть сделку?</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/e_sales.py" line="-288"/>
        <source>Top N clients</source>
        <translation>Топ-N клиентов</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reports/catalog/k_summary.py" line="-19"/>
        <location line="+23"/>
        <location filename="../../reports/cube.py" line="-12"/>
        <location filename="../../reports/queries/kpi.py" line="-1"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Sales by month, quarter or year</source>
        <extracomment>how a printed or exported offer is written to the audit trail: &quot;documents.offer deal=12, date=…&quot; (reports.engine.run logs each document run, the reports window each export)</extracomment>
        <translation>Продажи по месяцам, кварталам или годам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much did we sell in each period?</source>
        <translation>Сколько мы продали за каждый период?</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+230"/>
        <location line="+11"/>
        <source>Buying clients</source>
        <translation>Покупавших клиентов</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Sales by manager</source>
        <translation>Продажи по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sold how much?</source>
        <translation>Кто сколько продал?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Top clients by revenue</source>
        <translation>Топ клиентов по выручке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients bring the most money?</source>
        <translation>Какие клиенты приносят больше всего денег?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../reports/forms/client_card.py" line="-57"/>
        <location line="+60"/>
        <location filename="../../reports/forms/deal.py" line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of all revenue</source>
        <translation>Доля во всей выручке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ABC analysis of clients</source>
        <translation>ABC-анализ клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which few clients make most of the revenue (A: 80 %, B: 15 %, C: 5 %)?</source>
        <translation>Какие немногие клиенты дают основную выручку (A: 80 %, B: 15 %, C: 5 %)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cumulative share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XYZ analysis of clients</source>
        <translation>XYZ-анализ клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose purchases are steady month by month (X), and whose erratic (Z)?</source>
        <translation>Чьи покупки стабильны из месяца в месяц (X), а чьи нерегулярны (Z)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Months with sales</source>
        <translation>Месяцев с продажами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average per month</source>
        <translation>В среднем за месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coefficient of variation</source>
        <translation>Коэффициент вариации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ABC×XYZ matrix of clients</source>
        <translation>Матрица ABC×XYZ клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many big clients buy steadily, and how many big ones are erratic?</source>
        <translation>Сколько крупных клиентов покупают стабильно, а сколько — нерегулярно?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ABC class</source>
        <translation>Класс ABC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X: steady</source>
        <translation>X: стабильные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y: variable</source>
        <translation>Y: переменчивые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z: erratic</source>
        <translation>Z: нерегулярные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales by product and group</source>
        <translation>Продажи по товарам и группам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which products and product groups do we sell?</source>
        <translation>Какие товары и товарные группы мы продаём?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reports/catalog/g_products.py" line="-61"/>
        <location line="+56"/>
        <location filename="../../reports/cube.py" line="-91"/>
        <source>Product group</source>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/g_products.py" line="-57"/>
        <location line="+30"/>
        <location line="+26"/>
        <location filename="../../reports/cube.py" line="-3"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reports/catalog/g_products.py" line="+4"/>
        <location filename="../../reports/cube.py" line="+113"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average check by manager</source>
        <translation>Средний чек по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much does one sale and one buying client bring each manager?</source>
        <translation>Сколько каждому менеджеру приносят одна продажа и один покупающий клиент?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sales by team</source>
        <translation>Продажи по командам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which team (the manager&apos;s department) sold how much, and which ranks first?</source>
        <translation>Сколько продала каждая команда (отдел менеджера) и кто на первом месте?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by department of the deal</source>
        <translation>Продажи по отделу сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which office sold how much, and which ranks first?</source>
        <translation>Сколько продал каждый офис и кто на первом месте?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by client region</source>
        <translation>Продажи по регионам клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In which regions are our buying clients, and how much do they buy?</source>
        <translation>В каких регионах наши покупатели и сколько они покупают?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commercial offers sent vs converted</source>
        <translation>Отправленные коммерческие предложения и их конверсия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the deals we sent an offer for in the period, how many were won?</source>
        <translation>Сколько сделок, по которым в периоде отправлено предложение, выиграно?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer sent in</source>
        <translation>Предложение отправлено в</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deals with an offer</source>
        <translation>Сделок с предложением</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converted</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location filename="../../reports/cube.py" line="-125"/>
        <source>Team (manager&apos;s department)</source>
        <extracomment>the team: the department of the deal&apos;s responsible manager</extracomment>
        <translation>Команда (отдел менеджера)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Client status</source>
        <extracomment>the client&apos;s lifecycle status (the segment of a client)</extracomment>
        <translation>Статус клиента</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Average cycle, days</source>
        <translation>Средний цикл, дней</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Distinct clients</source>
        <translation>Клиентов (разных)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue per client</source>
        <translation>Выручка на клиента</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share of total</source>
        <extracomment>measures of deals (not of lines): with a product dimension their totals are &quot;overall&quot;</extracomment>
        <translation>Доля в итоге</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running total</source>
        <translation>Нарастающий итог</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Rank</source>
        <extracomment>other dimensions the first one may be swapped for by the ``by`` parameter (&quot;group by&quot;)</extracomment>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/e_sales.py" line="-56"/>
        <location line="+6"/>
        <source>Repeat-purchase rate</source>
        <translation>Доля повторных покупок</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Which share of buying clients bought more than once?</source>
        <translation>Какая доля покупавших клиентов купила больше одного раза?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client&apos;s manager</source>
        <translation>Менеджер клиента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought twice or more</source>
        <translation>Купили два раза и больше</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue by source</source>
        <translation>Выручка по источникам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which channels bring the money (the deal&apos;s source, else the client&apos;s)?</source>
        <translation>Какие каналы приносят деньги (источник сделки, иначе — клиента)?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discounts given by manager</source>
        <translation>Скидки по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much do managers give away in discounts on won deals?</source>
        <translation>Сколько менеджеры отдают в виде скидок по выигранным сделкам?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines with a discount</source>
        <translation>Строк со скидкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At list price</source>
        <translation>По прайсу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/catalog/g_products.py" line="-184"/>
        <source>Sold for</source>
        <extracomment>deals counted once per product row: a deal with two products is in two rows, so the total counts the deals over the whole set (&quot;overall&quot;: cube_report does it for product dimensions)</extracomment>
        <translation>Продано за</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/forms/deal.py" line="-32"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount rate</source>
        <translation>Процент скидки</translation>
    </message>
    <message>
        <location filename="../../reports/forms/client_card.py" line="-80"/>
        <source>History entries (latest)</source>
        <translation>Записи истории (последние)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reports/forms/common.py" line="+60"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/a_clients.py" line="-4"/>
        <location filename="../../reports/catalog/i_quality.py" line="-110"/>
        <location filename="../../reports/forms/client_card.py" line="+0"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../reports/forms/client_card.py" line="+1"/>
        <source>Founded</source>
        <translation>Дата основания</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/a_clients.py" line="+6"/>
        <location filename="../../reports/forms/client_card.py" line="+2"/>
        <location filename="../../reports/forms/deal.py" line="+36"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/i_quality.py" line="-260"/>
        <source>Lowest score</source>
        <translation>Минимальная оценка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>responsible manager</source>
        <translation>ответственный менеджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone or e-mail</source>
        <translation>телефон или e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN (company)</source>
        <translation>ИНН (компания)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged into {name}</source>
        <translation>объединён с {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>undone</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{n} (score {score}; {reasons})</source>
        <translation>{n} (оценка {score}; {reasons})</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classifier: </source>
        <translation>Классификатор: </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients are probably entered twice (same phone, e-mail, INN or a similar name)?</source>
        <translation>Какие клиенты, вероятно, заведены дважды (тот же телефон, e-mail, ИНН или похожее название)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Empty classifiers</source>
        <translation>Незаполненные классификаторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which classifiers are left empty: how many clients of the base carry no value of each, and which values nobody uses? (The totals count client × classifier slots.)</source>
        <translation>Какие классификаторы не заполнены: у скольких клиентов базы нет значения каждого из них и какими значениями никто не пользуется? (Итоги считают пары клиент × классификатор.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values</source>
        <translation>Значений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused values</source>
        <translation>Неиспользуемых значений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients with a value</source>
        <translation>Клиентов со значением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients without a value</source>
        <translation>Клиентов без значения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share without a value</source>
        <translation>Доля без значения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clients not updated for N months</source>
        <translation>Клиенты, не обновлявшиеся N месяцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose cards has nobody saved for N months? A card counts as updated when it was last saved (or, never saved, created) on or after the same day N months ago; calls and deals do not count.</source>
        <translation>Чьи карточки никто не сохранял N месяцев? Карточка считается обновлённой, если её последнее сохранение (или, если её не сохраняли, создание) было в тот же день N месяцев назад или позже; звонки и сделки не учитываются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months without an update</source>
        <translation>Месяцев без обновления</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last saved</source>
        <translation>Последнее сохранение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since saved</source>
        <translation>Дней с сохранения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field fill-rate by manager</source>
        <translation>Заполненность полей по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How completely does each manager fill in the cards of his clients (phone, e-mail, city, source, any classifier value, and the INN of companies)?</source>
        <translation>Насколько полно каждый менеджер заполняет карточки своих клиентов (телефон, e-mail, город, источник, любое значение классификатора и ИНН у компаний)?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stale stages</source>
        <translation>Застоявшиеся этапы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In which stages do open deals lie untouched? A deal is untouched when its last activity (stage entry, a call or note on it, a task of it done or changed) is at least N days old.</source>
        <translation>На каких этапах открытые сделки лежат без движения? Сделка без движения, если её последней активности (вход в этап, звонок или заметка по ней, выполнение или изменение её задачи) не меньше N дней.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untouched for days</source>
        <translation>Без движения дней</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untouched</source>
        <translation>Без движения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share untouched</source>
        <translation>Доля без движения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest idle, days</source>
        <translation>Дольше всех без движения, дней</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference-list usage</source>
        <translation>Использование справочников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many clients and deals use each value of the reference lists (sources, lost reasons, tags, classifier values, products), and which values nobody uses?</source>
        <translation>Сколько клиентов и сделок используют каждое значение справочников (источники, причины проигрыша, теги, значения классификаторов, товары) и какие значения не использует никто?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only unused values</source>
        <translation>Только неиспользуемые значения</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/f_kpi.py" line="-290"/>
        <location filename="../../reports/catalog/i_quality.py" line="-134"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/i_quality.py" line="+1"/>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/a_clients.py" line="-8"/>
        <location filename="../../reports/catalog/i_quality.py" line="+2"/>
        <location line="+103"/>
        <location line="+2"/>
        <location filename="../../reports/forms/client_card.py" line="+2"/>
        <location filename="../../reports/forms/deal.py" line="+24"/>
        <location line="+53"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/i_quality.py" line="-98"/>
        <source>Invalid phones and e-mails</source>
        <translation>Неверные телефоны и e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which phone numbers and e-mail addresses would the card not accept?</source>
        <translation>Какие телефоны и адреса e-mail карточка не приняла бы?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clients missing mandatory fields</source>
        <translation>Клиенты без обязательных полей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients lack a manager, a way to reach them, an INN, a city or a required custom field?</source>
        <translation>У каких клиентов нет менеджера, способа связи, ИНН, города или обязательного доп. поля?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing</source>
        <translation>Не заполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>Пропусков</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts without a phone or e-mail</source>
        <translation>Контакты без телефона и e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which contact persons can nobody call or write to?</source>
        <translation>Каким контактным лицам нельзя ни позвонить, ни написать?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deals of merged or archived clients</source>
        <translation>Сделки объединённых или архивных клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which deals hang on a client that was merged away or archived?</source>
        <translation>Какие сделки висят на клиенте, который объединён с другим или в архиве?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client state</source>
        <translation>Состояние клиента</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge history</source>
        <translation>История объединений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients were merged, by whom, and what was undone?</source>
        <translation>Каких клиентов объединяли, кто, и что отменено?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged at</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/i_imports.py" line="-21"/>
        <source>Started in</source>
        <translation>Начат в период</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import runs: rows created, updated, skipped and failed</source>
        <translation>Импорты: строки созданные, обновлённые, пропущенные и с ошибками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did each import bring in, and how many rows did it refuse?</source>
        <translation>Что принёс каждый импорт и сколько строк он отклонил?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reports/catalog/i_quality.py" line="+1"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Дубли</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/i_quality.py" line="+1"/>
        <source>Kept client</source>
        <translation>Оставлен клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged clients</source>
        <translation>Объединённые клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows moved</source>
        <translation>Перенесено строк</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/b_dates.py" line="-3"/>
        <location filename="../../reports/catalog/i_imports.py" line="-5"/>
        <location filename="../../reports/catalog/i_quality.py" line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/i_quality.py" line="+1"/>
        <source>Undone at</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone by</source>
        <translation>Кем отменено</translation>
    </message>
    <message>
        <location filename="../../reports/forms/client_card.py" line="+0"/>
        <location filename="../../reports/forms/deal.py" line="-52"/>
        <location line="+53"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reports/forms/common.py" line="-2"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reports/forms/common.py" line="+4"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/forms/common.py" line="+0"/>
        <location filename="../../reports/forms/deal.py" line="-7"/>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reports/forms/common.py" line="+0"/>
        <location filename="../../reports/forms/deal.py" line="+1"/>
        <source>Account</source>
        <translation>Р/с</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reports/forms/common.py" line="+1"/>
        <location filename="../../reports/forms/deal.py" line="+0"/>
        <source>Corr. account</source>
        <translation>К/с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ext.</source>
        <translation>доб.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phones, e-mails and addresses</source>
        <translation>Телефоны, e-mail и адреса</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../reports/forms/deal.py" line="-75"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won, total</source>
        <translation>Выиграно, всего</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deals.</source>
        <translation>Сделок нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History of interactions</source>
        <translation>История взаимодействий</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/b_dates.py" line="-56"/>
        <location filename="../../reports/catalog/h_documents.py" line="+138"/>
        <location line="+10"/>
        <location filename="../../reports/forms/client_card.py" line="+4"/>
        <location filename="../../reports/forms/deal.py" line="+19"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../reports/forms/client_card.py" line="+2"/>
        <source>No interactions yet.</source>
        <translation>Взаимодействий пока нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/i_imports.py" line="-3"/>
        <location filename="../../reports/catalog/j_audit.py" line="+5"/>
        <location line="+301"/>
        <location filename="../../reports/forms/client_card.py" line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../reports/forms/client_card.py" line="+0"/>
        <source>Bytes</source>
        <translation>Байт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything about one client on one sheet: requisites, phones, contacts.</source>
        <translation>Всё об одном клиенте на одном листе: реквизиты, телефоны, контакты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client dossier</source>
        <translation>Досье клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card with the deals, open tasks, history and files of one client.</source>
        <translation>Карточка со сделками, открытыми задачами, историей и файлами одного клиента.</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/a_clients.py" line="-245"/>
        <location filename="../../reports/forms/common.py" line="-61"/>
        <location filename="../../reports/render_xlsx.py" line="+14"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reports/forms/common.py" line="+0"/>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <location filename="../../reports/cube.py" line="-179"/>
        <location filename="../../reports/forms/common.py" line="+1"/>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../reports/forms/common.py" line="+2"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual address</source>
        <translation>Фактический адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The record does not exist or you may not see it.</source>
        <translation>Запись не существует или недоступна вам.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(company name not set)</source>
        <translation>(наименование организации не задано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/forms/deal.py" line="+57"/>
        <source>INN / KPP</source>
        <translation>ИНН / КПП</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/j_audit.py" line="-315"/>
        <source>Login (empty: everybody)</source>
        <translation>Логин (пусто — все)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+228"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+280"/>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Report run</source>
        <translation>Запуск отчёта</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <location line="+195"/>
        <location line="+38"/>
        <location line="+25"/>
        <location line="+31"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Rights changed</source>
        <translation>Права изменены</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+259"/>
        <location filename="../../reports/forms/common.py" line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Deal line</source>
        <translation>Строка сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role rights</source>
        <translation>Права роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom field</source>
        <translation>Доп. поле</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Closed in one minute, at least</source>
        <translation>Закрыто за одну минуту, не менее</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Bulk-closed deals</source>
        <translation>Массово закрытые сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who closed many deals within one minute (a clean-up, or gaming the figures)?</source>
        <translation>Кто закрыл много сделок за одну минуту (чистка базы или подгонка показателей)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minute</source>
        <translation>Минута</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals closed</source>
        <translation>Закрыто сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As won</source>
        <translation>Выигранными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As lost</source>
        <translation>Проигранными</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail of a client and its records</source>
        <translation>Журнал изменений клиента и его записей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed what in this client&apos;s records, and when (old → new)?</source>
        <translation>Кто, что и когда менял в записях клиента (было → стало)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+64"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+22"/>
        <location line="+64"/>
        <source>Record No.</source>
        <translation>№ записи</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes by user</source>
        <translation>Изменения по пользователям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who created, changed and deleted how many records of each kind?</source>
        <translation>Кто сколько записей каждого вида создал, изменил и удалил?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields changed</source>
        <translation>Изменено полей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries</source>
        <translation>Записей журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Last at</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Deletions log</source>
        <translation>Журнал удалений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was deleted, by whom and when?</source>
        <translation>Что, кем и когда удалено?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it was</source>
        <translation>Что это было</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exports log</source>
        <translation>Журнал выгрузок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who exported which report to a file, and when?</source>
        <translation>Кто, какой отчёт и когда выгрузил в файл?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files and parameters</source>
        <translation>Файлы и параметры</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report runs</source>
        <translation>Запуски отчётов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which reports are used, how often and by how many people?</source>
        <translation>Какими отчётами пользуются, как часто и сколько человек?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs and exports</source>
        <translation>Запусков и выгрузок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of them exports</source>
        <translation>Из них выгрузок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Пользователей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions now</source>
        <translation>Текущие подключения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is connected to the database right now, from where?</source>
        <translation>Кто сейчас подключён к базе и откуда?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location line="+16"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected since</source>
        <translation>Подключён с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection No.</source>
        <translation>№ подключения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rights matrix</source>
        <translation>Матрица прав</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What may each role do with each kind of record?</source>
        <translation>Что может каждая роль делать с каждым видом записей?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Scope</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record visibility per user</source>
        <translation>Видимость записей по пользователям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many clients may each user see, and how many are his own?</source>
        <translation>Сколько клиентов видит каждый пользователь и сколько из них его собственных?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own clients</source>
        <translation>Своих клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients visible</source>
        <translation>Видно клиентов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ownership changes (reassignments)</source>
        <translation>Смена ответственного (передача клиентов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients and deals passed from one manager to another?</source>
        <translation>Какие клиенты и сделки перешли от одного менеджера к другому?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files added and removed</source>
        <translation>Добавленные и удалённые файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which files were attached to clients or removed, by whom?</source>
        <translation>Какие файлы прикреплены к клиентам или удалены и кем?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login history</source>
        <translation>История входов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signed in during the period, how often and when last?</source>
        <translation>Кто входил в программу за период, как часто и когда в последний раз?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-ins</source>
        <translation>Входы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with sign-ins</source>
        <translation>Дней со входами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>Первый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Последний</translation>
    </message>
    <message>
        <location filename="../../reports/forms/deal.py" line="-148"/>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number (empty: the deal number)</source>
        <translation>Номер документа (пусто — номер сделки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer valid for, days</source>
        <translation>Предложение действует, дней</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Product or service</source>
        <translation>Товар или услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/g_products.py" line="-7"/>
        <source>Bought product (A)</source>
        <translation>Купил товар (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not buy product (B)</source>
        <translation>Не купил товар (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product group (empty: all)</source>
        <translation>Группа товаров (пусто — все)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of sales</source>
        <translation>Доля продаж</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+3"/>
        <location line="+31"/>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>What does each product cost today, per price list?</source>
        <translation>Сколько стоит каждый товар сегодня по каждому прайс-листу?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/f_kpi.py" line="-2"/>
        <location line="+223"/>
        <location filename="../../reports/catalog/g_products.py" line="+3"/>
        <location filename="../../reports/forms/deal.py" line="+1"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/g_products.py" line="+1"/>
        <location filename="../../reports/forms/deal.py" line="+1"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Products sold by period</source>
        <translation>Проданные товары по периодам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which products did we sell in each month, how many and for how much?</source>
        <translation>Какие товары, сколько и на какую сумму мы продали в каждом месяце?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products in open deals</source>
        <translation>Товары в открытых сделках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which products do the open deals offer, and what are they likely to bring?</source>
        <translation>Какие товары в открытых сделках и что они вероятно принесут?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product mix by client segment</source>
        <translation>Структура продаж по сегментам клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which product groups do clients of each status buy?</source>
        <translation>Какие группы товаров покупают клиенты каждого статуса?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price changes log</source>
        <translation>Журнал изменения цен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which prices changed in the period, and by how much?</source>
        <translation>Какие цены изменились за период и насколько?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from in</source>
        <translation>Начало действия в периоде</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Old price</source>
        <translation>Старая цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New price</source>
        <translation>Новая цена</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reports/catalog/k_summary.py" line="-61"/>
        <location line="+66"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cross-sell: clients who bought A but not B</source>
        <translation>Кросс-продажи: клиенты, купившие A, но не B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the clients who bought one product, how many have not bought another yet?</source>
        <translation>Сколько из купивших один товар ещё не купили другой?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bought (A)</source>
        <translation>Купили (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other product (B)</source>
        <translation>Другой товар (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients who bought A</source>
        <translation>Клиентов, купивших A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought B too</source>
        <translation>Купили и B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not B yet</source>
        <translation>Ещё не купили B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought B too, share</source>
        <translation>Купили и B, доля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slow-moving products in offers</source>
        <translation>Товары, залежавшиеся в предложениях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which products sit in open offers for a long time without being sold?</source>
        <translation>Какие товары долго лежат в открытых предложениях и не продаются?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers older than, days</source>
        <translation>Предложения старше, дней</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open offers</source>
        <translation>Открытые предложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of them old</source>
        <translation>Из них старых</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount in offers</source>
        <translation>Сумма в предложениях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest, days</source>
        <translation>Самое старое, дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sold</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/h_documents.py" line="-11"/>
        <location line="+50"/>
        <location filename="../../reports/catalog/j_audit.py" line="-319"/>
        <location filename="../../reports/forms/deal.py" line="+30"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../reports/forms/deal.py" line="+2"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/i_quality.py" line="-128"/>
        <location filename="../../reports/forms/deal.py" line="+3"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../reports/forms/deal.py" line="+10"/>
        <source>back</source>
        <translation>назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Commercial offer No. {n} of {date}</source>
        <translation>Коммерческое предложение № {n} от {date}</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/j_audit.py" line="+301"/>
        <location filename="../../reports/forms/deal.py" line="+1"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../reports/forms/deal.py" line="+0"/>
        <source>Attention of</source>
        <translation>Вниманию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are pleased to offer you the following:</source>
        <translation>Предлагаем вашему вниманию:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: {amount} {currency} ({words}).</source>
        <translation>Итого: {amount} {currency} ({words}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offer is valid until {date}.</source>
        <translation>Предложение действительно до {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Director</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Bank of the payee</source>
        <translation>Банк получателя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payee</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice No. {n} of {date}</source>
        <translation>Счёт на оплату № {n} от {date}</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/h_documents.py" line="-134"/>
        <location filename="../../reports/forms/deal.py" line="+1"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reports/forms/deal.py" line="+4"/>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit (invoiced)</source>
        <translation>Дебет (выставлено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit (paid)</source>
        <translation>Кредит (оплачено)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invoice {n}</source>
        <translation>Счёт {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment on invoice {n}</source>
        <translation>Оплата по счёту {n}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contract from template</source>
        <translation>Договор по шаблону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contract for the deal, its words from the administrator&apos;s template.</source>
        <translation>Договор по сделке; текст — из шаблона администратора.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Act / delivery note</source>
        <translation>Акт / накладная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An act of work completed (delivery note) for the deal&apos;s products.</source>
        <translation>Акт выполненных работ (накладная) по товарам сделки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconciliation statement</source>
        <translation>Акт сверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices and payments of one client for a period, with the balances, to be signed by both parties.</source>
        <translation>Счета и оплаты одного клиента за период с сальдо — на подпись обеим сторонам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting report</source>
        <translation>Отчёт о встрече</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was met about with a client on a day, and what happens next.</source>
        <translation>О чём встречались с клиентом в этот день и что дальше.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call sheet for the day</source>
        <translation>Лист звонков на день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom to call today (and the overdue calls), with the phone numbers.</source>
        <translation>Кому звонить сегодня (и просроченные звонки), с номерами телефонов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With overdue calls</source>
        <translation>С просроченными звонками</translation>
    </message>
    <message>
        <location filename="../../reports/forms/deal.py" line="+0"/>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Including VAT ({rate} %)</source>
        <translation>В том числе НДС ({rate} %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not subject to VAT</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to pay</source>
        <translation>Всего к оплате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items: {n}, for the amount of {amount} {currency}</source>
        <translation>Всего наименований {n}, на сумму {amount} {currency}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accountant</source>
        <translation>Бухгалтер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deal with its stage history</source>
        <translation>Сделка с историей этапов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One deal on paper: terms, products and every stage move.</source>
        <translation>Одна сделка на бумаге: условия, товары и все переходы по этапам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commercial offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An offer to the client from the deal&apos;s products, with the total in words.</source>
        <translation>Предложение клиенту по товарам сделки с суммой прописью.</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/e_invoices.py" line="-2"/>
        <source>Issued in</source>
        <translation>Выставлены за</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in</source>
        <translation>Оплачены за</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not due</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–30 days</source>
        <translation>1–30 дней</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over 90 days</source>
        <translation>Более 90 дней</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Долг</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoices issued vs paid</source>
        <translation>Выставленные и оплаченные счета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much did we invoice in each period, and how much of it is paid?</source>
        <translation>На сколько выставлено счетов за каждый период и сколько из этого оплачено?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Paid share</source>
        <translation>Доля оплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in full</source>
        <translation>Оплачены полностью</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receivables and overdue payments</source>
        <translation>Дебиторская задолженность и просрочки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who owes us how much, and for how long past the due date?</source>
        <translation>Кто сколько нам должен и насколько просрочил оплату?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reports/forms/deal.py" line="+5"/>
        <source>Invoice</source>
        <translation>Счёт на оплату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aging</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments by period</source>
        <translation>Оплаты по периодам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much money came in each period?</source>
        <translation>Сколько денег поступило за каждый период?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <location filename="../../reports/forms/deal.py" line="+1"/>
        <source>An invoice for payment from the deal&apos;s products, with VAT and the total in words.</source>
        <translation>Счёт на оплату по товарам сделки с НДС и суммой прописью.</translation>
    </message>
    <message>
        <location filename="../../reports/forms/labels.py" line="+1"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 labels 70 × 37 mm</source>
        <translation>24 наклейки 70 × 37 мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 labels 105 × 42 mm</source>
        <translation>14 наклеек 105 × 42 мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 envelope-size blocks per sheet</source>
        <translation>2 блока размером с конверт на листе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most, labels</source>
        <translation>Не более, наклеек</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Address labels and envelopes</source>
        <translation>Адресные наклейки и конверты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels with the postal addresses of the chosen clients, for a mailing.</source>
        <translation>Наклейки с почтовыми адресами выбранных клиентов для рассылки.</translation>
    </message>
    <message>
        <location filename="../../reports/params.py" line="-19"/>
        <source>Today</source>
        <extracomment>period presets: name -&gt; title (the UI offers them in this order)</extracomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next 30 days</source>
        <translation>Следующие 30 дней</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>a preset ({names}) or FROM..TO dates (2026-01-01..2026-03-31) between {lo} and {hi}</source>
        <translation>предустановка ({names}) или даты С..ПО (2026-01-01..2026-03-31) от {lo} до {hi}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a date like 2026-01-31 between {lo} and {hi}</source>
        <translation>дата вида 2026-01-31 от {lo} до {hi}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes or no (also true/false, 1/0, on/off)</source>
        <translation>yes или no (а также true/false, 1/0, on/off)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of: {values}</source>
        <translation>одно из: {values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a record number (id)</source>
        <translation>номер записи (id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter {key}: {value!r} is not valid; expected {hint}.</source>
        <translation>Параметр {key}: недопустимое значение {value!r}; ожидается {hint}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report {id} has no parameter {key} (it has: {keys}).</source>
        <translation>У отчёта {id} нет параметра {key} (есть: {keys}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The period starts after it ends.</source>
        <translation>Начало периода позже его конца.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {date} is outside the dates a report can use ({lo} to {hi}).</source>
        <translation>{title}: дата {date} вне дат, допустимых в отчётах (от {lo} до {hi}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} must be between {lo} and {hi}.</source>
        <translation>«{title}» должно быть от {lo} до {hi}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a value for “{title}”.</source>
        <translation>Выберите значение «{title}».</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/f_kpi.py" line="-236"/>
        <source>Bonus at 100 % of plan</source>
        <translation>Премия при 100 % плана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short call lasts under, seconds</source>
        <translation>Короткий звонок — короче, секунд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspicious from a short-call share of, %</source>
        <translation>Подозрительно при доле коротких звонков от, %</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+146"/>
        <location line="+28"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+146"/>
        <location line="+28"/>
        <location line="+54"/>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+146"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+111"/>
        <source>% of plan</source>
        <translation>% плана</translation>
    </message>
    <message>
        <location line="-282"/>
        <location line="+223"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Below 50 % of plan</source>
        <translation>Меньше 50 % плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50–80 % of plan</source>
        <translation>50–80 % плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80–100 % of plan</source>
        <translation>80–100 % плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan met (100 % and more)</source>
        <translation>План выполнен (100 % и больше)</translation>
    </message>
    <message>
        <location line="+212"/>
        <location filename="../../reports/params.py" line="+68"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reports/params.py" line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>suspicious</source>
        <translation>подозрительно</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Revenue plan</source>
        <translation>План выручки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>Revenue fact</source>
        <translation>Факт выручки</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Left to the plan</source>
        <translation>Осталось до плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI index</source>
        <translation>Индекс KPI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sales plan vs fact by manager</source>
        <translation>План и факт продаж по менеджерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has met his revenue plan for the period, and how much is left?</source>
        <translation>Кто выполнил план по выручке за период и сколько осталось?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Department plan vs fact</source>
        <translation>План и факт отделов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far is each department from its plans?</source>
        <translation>Насколько каждый отдел далёк от своих планов?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPI scorecard per employee</source>
        <translation>Карта KPI сотрудника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each employee&apos;s indicators with weight, plan, fact and % of plan; the subtotal&apos;s % is his KPI index (score ÷ weight).</source>
        <translation>Показатели каждого сотрудника: вес, план, факт и % плана; % в итоге группы — его индекс KPI (балл ÷ вес).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>KPI scorecard per department</source>
        <translation>Карта KPI отдела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each department&apos;s indicators with weight, plan, fact and % of plan; the subtotal&apos;s % is its KPI index.</source>
        <translation>Показатели каждого отдела: вес, план, факт и % плана; % в итоге группы — индекс KPI отдела.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPI trend over periods</source>
        <translation>Динамика KPI по периодам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did one indicator&apos;s plan and fact go month by month?</source>
        <translation>Как менялись план и факт показателя от месяца к месяцу?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bonus calculation sheet</source>
        <translation>Расчёт премии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What bonus does each employee earn: the bonus at 100 % times his KPI index (each indicator capped)?</source>
        <translation>Какую премию заработал каждый сотрудник: премия при 100 %, умноженная на его индекс KPI (каждый показатель с ограничением)?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicators</source>
        <translation>Показателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus at 100 %</source>
        <translation>Премия при 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Премия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quota achievement</source>
        <translation>Выполнение квоты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many managers met their revenue quota, and how many are far off?</source>
        <translation>Сколько менеджеров выполнили квоту по выручке и сколько далеки от неё?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achievement</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managers</source>
        <translation>Менеджеров</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity plan vs fact (calls, meetings)</source>
        <translation>План и факт активности (звонки, встречи)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does everyone make the calls and meetings planned?</source>
        <translation>Все ли делают запланированные звонки и встречи?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calls: plan</source>
        <translation>Звонки: план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls: fact</source>
        <translation>Звонки: факт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls: % of plan</source>
        <translation>Звонки: % плана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings: plan</source>
        <translation>Встречи: план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings: fact</source>
        <translation>Встречи: факт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings: % of plan</source>
        <translation>Встречи: % плана</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>KPI indicator definitions</source>
        <translation>Определения показателей KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What exactly does each indicator count, with what weight?</source>
        <translation>Что именно считает каждый показатель и с каким весом?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the fact is computed</source>
        <translation>Как считается факт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranking of managers</source>
        <translation>Рейтинг менеджеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is first by KPI index this period?</source>
        <translation>Кто первый по индексу KPI за период?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue, % of plan</source>
        <translation>Выручка, % плана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KPI anomalies: many very short calls</source>
        <translation>Аномалии KPI: много очень коротких звонков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose call counts look gamed — a large share of calls lasting a few seconds?</source>
        <translation>У кого число звонков выглядит накрученным — большая доля звонков по несколько секунд?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of short calls</source>
        <translation>Доля коротких звонков</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zero length</source>
        <translation>Нулевой длины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average length, s</source>
        <translation>Средняя длина, с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan coverage by pipeline</source>
        <translation>Покрытие плана воронкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there enough weighted pipeline expected to close in the period to make up what is left of each revenue plan?</source>
        <translation>Хватает ли взвешенной воронки с закрытием в этом периоде, чтобы добрать остаток каждого плана по выручке?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open pipeline</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted pipeline</source>
        <translation>Взвешенная воронка</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revenue plan for the month</source>
        <translation>План выручки на месяц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won this month</source>
        <translation>Выиграно в этом месяце</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sleeping clients (no contact for 60 days)</source>
        <translation>Спящие клиенты (нет контакта 60 дней)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices owed past due</source>
        <translation>Долг по просроченным счетам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard on {date}</source>
        <translation>Сводка на {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline by stage</source>
        <translation>Воронка по этапам</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dashboard snapshot</source>
        <translation>Снимок сводки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard&apos;s figures of the day and month on paper.</source>
        <translation>Цифры сводки за день и месяц на бумаге.</translation>
    </message>
    <message>
        <location filename="../../reports/preview.py" line="+211"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/c_activity.py" line="+1"/>
        <location filename="../../reports/queries/deals.py" line="-153"/>
        <location filename="../../reports/queries/kpi.py" line="-4"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/queries/deals.py" line="+1"/>
        <location filename="../../reports/queries/kpi.py" line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/e_invoices.py" line="-54"/>
        <location filename="../../reports/queries/labels.py" line="+12"/>
        <source>(no manager)</source>
        <translation>(без менеджера)</translation>
    </message>
    <message>
        <location filename="../../reports/queries/deals.py" line="+3"/>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in the catalogue)</source>
        <translation>(нет в каталоге)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no group)</source>
        <translation>(без группы)</translation>
    </message>
    <message>
        <location filename="../../reports/cube.py" line="-96"/>
        <location filename="../../reports/queries/deals.py" line="+146"/>
        <source>(no funnel)</source>
        <translation>(без воронки)</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+4"/>
        <location filename="../../reports/queries/deals.py" line="+2"/>
        <location filename="../../reports/queries/kpi.py" line="+13"/>
        <source>(no department)</source>
        <translation>(без отдела)</translation>
    </message>
    <message>
        <location filename="../../reports/queries/labels.py" line="-42"/>
        <location line="+9"/>
        <source>Call</source>
        <extracomment>CLIENTS.STATUS in lifecycle order the statuses of a client who has bought from us INTERACTIONS.KIND
----------
TASKS.KIND</extracomment>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../reports/engine.py" line="+29"/>
        <location filename="../../reports/forms/client_card.py" line="-71"/>
        <location filename="../../reports/queries/labels.py" line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/c_activity.py" line="+29"/>
        <location filename="../../reports/queries/labels.py" line="+7"/>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../reports/queries/labels.py" line="+4"/>
        <source>High</source>
        <extracomment>TASKS.PRIORITY</extracomment>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interested</source>
        <translation>Есть интерес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>Нет интереса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>Автоответчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monday</source>
        <extracomment>Monday-first weekday titles (index 0 = Monday, as datetime.weekday())</extracomment>
        <translation>Понедельник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location filename="../../reports/queries/sales.py" line="+33"/>
        <source>A: first 80 % of revenue</source>
        <translation>A: первые 80 % выручки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: next 15 %</source>
        <translation>B: следующие 15 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C: the rest</source>
        <translation>C: остальные</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="+56"/>
        <source>There is no report {id}. `python -m app report --list` shows them all.</source>
        <translation>Отчёта {id} нет. Полный список: `python -m app report --list`.</translation>
    </message>
    <message>
        <location filename="../../reports/spec.py" line="+48"/>
        <source>Client base</source>
        <extracomment>parameter kinds; the UI builds one editor per kind, the CLI parses ``key=value`` per kind</extracomment>
        <translation>Клиентская база</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and occasions</source>
        <translation>Даты и события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity and interactions</source>
        <translation>Активность и взаимодействия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel and deals</source>
        <translation>Воронка и сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales and money</source>
        <translation>Продажи и деньги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan, fact and KPI</source>
        <translation>План, факт и KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products and price</source>
        <translation>Товары и цены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable documents</source>
        <translation>Печатные формы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security and audit</source>
        <translation>Безопасность и аудит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management summaries</source>
        <translation>Сводки для руководства</translation>
    </message>
    <message>
        <location filename="../../reports/cli_report.py" line="-54"/>
        <source>--param expects KEY=VALUE, got {item!r}.</source>
        <extracomment>widest text column in the text output (longer values are cut with an ellipsis)</extracomment>
        <translation>--param ожидает КЛЮЧ=ЗНАЧЕНИЕ, получено {item!r}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--today expects a date like 2026-01-31, got {text!r}.</source>
        <translation>--today ожидает дату вида 2026-01-31, получено {text!r}.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location filename="../../reports/render_pdf.py" line="+192"/>
        <source>No data for these parameters.</source>
        <translation>Нет данных для этих параметров.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parameter {key}: there is no record {value} (or you may not see it).</source>
        <translation>Параметр {key}: записи {value} нет (или она вам не видна).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>report: give a report ID (see &apos;kartoteka report --list&apos;)</source>
        <translation>report: укажите идентификатор отчёта (см. &apos;kartoteka report --list&apos;)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The report {id} could not be produced ({error}); no file was written.</source>
        <translation>Отчёт {id} не удалось построить ({error}); файлы не записаны.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>PDF: {path} (%n page(s))</source>
        <translation>
            <numerusform>PDF: {path} (%n страница)</numerusform>
            <numerusform>PDF: {path} (%n страницы)</numerusform>
            <numerusform>PDF: {path} (%n страниц)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>XLSX: {path} (%n row(s))</source>
        <translation>
            <numerusform>XLSX: {path} (%n строка)</numerusform>
            <numerusform>XLSX: {path} (%n строки)</numerusform>
            <numerusform>XLSX: {path} (%n строк)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reports/engine.py" line="-346"/>
        <source>The report was cancelled.</source>
        <extracomment>more visible width than this (sum of Col.width) prints landscape when orientation is &quot;auto&quot;</extracomment>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No column “{name}” in this report; choose from: {names}.</source>
        <extracomment>the header&apos;s company name and my full name; :func:`_header_facts` adds the names of the run&apos;s reference parameters (``reports.params.name_lookup``) as further columns of the same statement (company name, my full name, {parameter key: the name of its reference value})</extracomment>
        <translation>В этом отчёте нет колонки «{name}»; выберите из: {names}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+238"/>
        <source>Reading rows…</source>
        <translation>Чтение строк…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>the deals are in several currencies: amounts of different currencies are not added up</source>
        <translation>сделки в нескольких валютах: суммы в разных валютах не складываются</translation>
    </message>
    <message>
        <location line="+250"/>
        <location line="+19"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>top {n} of {total} by {measure}</source>
        <translation>первые {n} из {total} по показателю «{measure}»</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+135"/>
        <source>Subtotal</source>
        <translation>Подытог</translation>
    </message>
    <message>
        <location filename="../../reports/export.py" line="+52"/>
        <source>{path} is a folder; give a file name.</source>
        <extracomment>the written PDF (None: not requested) rows written on the main sheet (see reports.render_xlsx)</extracomment>
        <translation>{path} — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} is not writable.</source>
        <translation>В папку {folder} нельзя записывать.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a PDF or XLSX file to export to.</source>
        <translation>Выберите файл PDF или XLSX для выгрузки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF and the XLSX file must have different names.</source>
        <translation>Файлы PDF и XLSX должны называться по-разному.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot write {path}: {reason}. Is it open in another program?</source>
        <translation>Не удалось записать {path}: {reason}. Возможно, файл открыт в другой программе?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the export file: {reason}.</source>
        <translation>Не удалось записать файл выгрузки: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reports/render_pdf.py" line="-312"/>
        <source>Page {n} of {m}</source>
        <extracomment>rows per LongTable: one long table lays out in O(n^2)-ish time (FIREBIRD.md 6) above the frame: the running header</extracomment>
        <translation>Страница {n} из {m}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Prepared by {user}, {time}</source>
        <translation>Подготовил: {user}, {time}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Laying out the PDF…</source>
        <translation>Вёрстка PDF…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>(the picture could not be read)</source>
        <translation>(не удалось прочитать изображение)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Writing PDF pages…</source>
        <translation>Запись страниц PDF…</translation>
    </message>
    <message>
        <location filename="../../reports/render_xlsx.py" line="-18"/>
        <source>Writing the workbook…</source>
        <extracomment>rows looked at to size the columns (the rest follow the same formats)</extracomment>
        <translation>Запись книги…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/j_audit.py" line="-59"/>
        <location line="+7"/>
        <location filename="../../reports/render_xlsx.py" line="+3"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../reports/render_xlsx.py" line="+1"/>
        <source>Report id</source>
        <translation>Идентификатор отчёта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/b_dates.py" line="+61"/>
        <location filename="../../reports/catalog/j_audit.py" line="-245"/>
        <location line="+281"/>
        <location filename="../../reports/render_xlsx.py" line="+2"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../reports/render_xlsx.py" line="+1"/>
        <source>Generated at</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/k_summary.py" line="-127"/>
        <location line="+97"/>
        <source>New deals</source>
        <translation>Новых сделок</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <location line="+23"/>
        <source>Deals won</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Revenue (won amount)</source>
        <translation>Выручка (сумма выигранных)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deals lost</source>
        <translation>Проиграно сделок</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/f_kpi.py" line="-306"/>
        <location line="+223"/>
        <location filename="../../reports/catalog/k_summary.py" line="+54"/>
        <location filename="../../reports/queries/kpi.py" line="-12"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../reports/catalog/k_summary.py" line="+1"/>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Manager&apos;s day / week summary</source>
        <translation>Итоги дня / недели менеджера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did each manager do in these days, and what came of it?</source>
        <translation>Что сделал каждый менеджер за эти дни и каков результат?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue now</source>
        <translation>Просрочено сейчас</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of sales: weekly digest</source>
        <translation>Руководителю продаж: итоги недели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did this week go compared with the week before?</source>
        <translation>Как прошла неделя по сравнению с предыдущей?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company monthly summary</source>
        <translation>Итоги месяца по компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the month go compared with the month before and a year ago?</source>
        <translation>Как прошёл месяц по сравнению с предыдущим и с тем же периодом год назад?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A year earlier</source>
        <translation>Год назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change over the year</source>
        <translation>Изменение за год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year-over-year comparison</source>
        <translation>Сравнение с прошлым годом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is each month better or worse than the same month a year earlier?</source>
        <translation>Каждый месяц лучше или хуже того же месяца год назад?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Won a year earlier</source>
        <translation>Выиграно год назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue a year earlier</source>
        <translation>Выручка год назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../../reports/render_chart.py" line="+135"/>
        <source>({first}–{last} of {total})</source>
        <extracomment>pie slices drawn one by one; the smaller rest is one &quot;Other&quot; slice that says how many it holds horizontal room one slanted category label needs on a vertical chart (labels in between are skipped)</extracomment>
        <translation>({first}–{last} из {total})</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Other ({n})</source>
        <translation>Прочие ({n})</translation>
    </message>
    <message>
        <location filename="../../reports/result.py" line="+70"/>
        <source>Showing {shown} of {matched} rows; the totals cover them all.</source>
        <extracomment>aligned to ResultTable.columns (empty for &quot;group&quot;) group depth (0 = outermost) group header / subtotal caption (series title, values) what the chart leaves out, printed under its title (&quot;top 20 of 57 by Revenue&quot;); &quot;&quot; = nothing (parameter title, value text), translated visible columns, in order grand total aligned to columns (None: no total line) rows that matched when a limit showed fewer (``row_count`` of them); None: all shown</extracomment>
        <translation>Показано {shown} из {matched} строк; итоги — по всем.</translation>
    </message>
    <message>
        <location filename="../../reports/queries/kpi.py" line="-4"/>
        <source>Plans entered per</source>
        <translation>Планы заданы на</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deals created</source>
        <translation>Созданные сделки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payments received</source>
        <translation>Поступившие оплаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score cap, % of plan</source>
        <translation>Ограничение балла, % плана</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../app/doc_templates.py" line="+43"/>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of work completed / delivery note</source>
        <translation>Акт выполненных работ / накладная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation statement</source>
        <translation>Акт сверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting report</source>
        <translation>Отчёт о встрече</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sheet for the day</source>
        <translation>Лист звонков на день</translation>
    </message>
    <message>
        <location line="+3"/>
        <source># Contract No. {number}

{date}

{company}, hereinafter &quot;the Supplier&quot;, represented by its director {director}, and {client_legal}, hereinafter &quot;the Buyer&quot;, have agreed as follows.

## 1. Subject

The Supplier delivers and the Buyer accepts and pays for the goods and services listed below (&quot;{deal}&quot;).

[table]

## 2. Price and payment

The total price is {amount} {currency} ({amount_words}). The Buyer pays within 10 banking days of the invoice.

## 3. Parties

Supplier: {company}, INN {company_inn}, KPP {company_kpp}, {company_address}, {company_bank}, account {company_account}.

Buyer: {client_legal}, INN {client_inn}, KPP {client_kpp}, {client_address}.

[signatures]</source>
        <translation># Договор № {number}

{date}

{company}, именуемое в дальнейшем «Поставщик», в лице директора {director}, и {client_legal}, именуемое в дальнейшем «Покупатель», заключили настоящий договор о нижеследующем.

## 1. Предмет договора

Поставщик поставляет, а Покупатель принимает и оплачивает товары и услуги, перечисленные ниже («{deal}»).

[table]

## 2. Цена и порядок оплаты

Общая стоимость — {amount} {currency} ({amount_words}). Покупатель оплачивает счёт в течение 10 банковских дней.

## 3. Реквизиты сторон

Поставщик: {company}, ИНН {company_inn}, КПП {company_kpp}, {company_address}, {company_bank}, р/с {company_account}.

Покупатель: {client_legal}, ИНН {client_inn}, КПП {client_kpp}, {client_address}.

[signatures]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source># Act No. {number} of {date}

Supplier: {company}, INN {company_inn}, {company_address}.

Buyer: {client_legal}, INN {client_inn}, {client_address}.

Basis: {deal}.

[table]

The goods were delivered and the services rendered in full, on time and of proper quality, for {amount} {currency} ({amount_words}). The Buyer has no claims.

[signatures]</source>
        <translation># Акт № {number} от {date}

Исполнитель: {company}, ИНН {company_inn}, {company_address}.

Заказчик: {client_legal}, ИНН {client_inn}, {client_address}.

Основание: {deal}.

[table]

Товары поставлены и услуги оказаны полностью, в срок и надлежащего качества на сумму {amount} {currency} ({amount_words}). Заказчик претензий не имеет.

[signatures]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source># Reconciliation statement

of mutual settlements between {company} and {client_legal} for {period_start} – {period_end}

Opening balance owed by {client}: {opening} {currency}.

[table]

Closing balance owed by {client} on {period_end}: {closing} {currency}.

Please check the statement and return a signed copy within 5 days; if it is not returned, it is considered agreed.

[signatures]</source>
        <translation># Акт сверки

взаимных расчётов между {company} и {client_legal} за период {period_start} – {period_end}

Сальдо на начало периода, долг {client}: {opening} {currency}.

[table]

Сальдо на {period_end}, долг {client}: {closing} {currency}.

Просим проверить акт и вернуть подписанный экземпляр в течение 5 дней; если он не возвращён, акт считается согласованным.

[signatures]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source># Meeting report

{client}, {date}. Meetings held: {meetings}. Prepared by {manager}.

[table]

## Next steps

The open tasks with this client are listed below.

[signatures]</source>
        <translation># Отчёт о встрече

{client}, {date}. Проведено встреч: {meetings}. Составил: {manager}.

[table]

## Дальнейшие шаги

Ниже — открытые задачи по этому клиенту.

[signatures]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source># Call sheet for {date}

{manager}: {calls} calls planned.

[table]</source>
        <translation># Лист звонков на {date}

{manager}: запланировано звонков — {calls}.

[table]</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>There is no template {code}.</source>
        <translation>Шаблона {code} нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template is empty.</source>
        <translation>Шаблон пуст.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown fields: {names}. Allowed: {allowed}.</source>
        <translation>Неизвестные поля: {names}. Допустимы: {allowed}.</translation>
    </message>
</context>
</TS>
