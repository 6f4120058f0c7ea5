// The command library: loading with specific errors, every change on disk at
// once, refused changes that change nothing, import and export, look-ups.

#include "commandlibrary.h"

#include "jsonfile.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockpit;

namespace {

Command textCommand(const QString &group, const QString &name, const QString &text, const QString &comment = {})
{
    Command command;
    command.group = group;
    command.name = name;
    command.item.data = text;
    command.comment = comment;
    return command;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// What the file holds now, read as a fresh start would read it.
QList<CommandGroup> onDisk(const QString &path)
{
    const Result<QJsonDocument> document = JsonFile::read(path);
    if (!document)
        return {CommandGroup{QStringLiteral("unreadable: ") + document.error, {}}};
    const Result<QList<CommandGroup>> groups = CommandLibrary::fromJson(document.value);
    if (!groups)
        return {CommandGroup{QStringLiteral("invalid: ") + groups.error, {}}};
    return groups.value;
}

QStringList brokenCopies(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("commands.json.broken-*")}, QDir::Files);
}

} // namespace

class TstCommandLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void loading_data();
    void loading();
    void missingFileIsAnEmptyLibrary();
    void brokenFileIsKeptAsideAndNeverWrittenOver();
    void everyChangeIsOnDiskAtOnce();
    void refusedChangesChangeNothing_data();
    void refusedChangesChangeNothing();
    void unwritableFileChangesNothing();
    void updateKeepsThePlaceOrRegroups();
    void importMerges();
    void importReplaces();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void exportReadsBack();
    void textInAHexSessionIsUtf8();
    void findByName();
    void exampleLibraryLoads();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("commands.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCommandLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstCommandLibrary::loading_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("commands");
    QTest::addColumn<QString>("error"); // a part of the message; empty: loads

    const QByteArray good = R"({"version":1,"groups":[
        {"name":"AT","commands":[{"name":"Ping","text":"AT","lineEnding":"crlf","comment":"OK back"},
                                 {"name":"Reset","text":"ATZ\\r"}]},
        {"name":"Modbus","commands":[{"name":"Read","hex":"01 03 00 00 00 0A","checksum":"CRC-16/MODBUS"}]}]})";
    QTest::newRow("two groups") << good << 3 << QString();
    QTest::newRow("empty library") << QByteArray(R"({"version":1,"groups":[]})") << 0 << QString();
    QTest::newRow("a group without commands") << QByteArray(R"({"version":1,"groups":[{"name":"G"}]})") << 0
                                              << QString();
    QTest::newRow("syntax error") << QByteArray("{\"version\":1,\n  \"groups\": [}") << 0
                                  << QStringLiteral("line 2, column 14");
    QTest::newRow("empty file") << QByteArray() << 0 << QStringLiteral("line 1, column 1");
    QTest::newRow("not an object") << QByteArray("[]") << 0 << QStringLiteral("JSON object");
    QTest::newRow("no version") << QByteArray(R"({"groups":[]})") << 0 << QStringLiteral("\"version\"");
    QTest::newRow("newer version") << QByteArray(R"({"version":2,"groups":[]})") << 0
                                   << QStringLiteral("version 2 is newer");
    QTest::newRow("group not an object") << QByteArray(R"({"version":1,"groups":[5]})") << 0
                                         << QStringLiteral("group 1: must be an object");
    QTest::newRow("nameless group") << QByteArray(R"({"version":1,"groups":[{"commands":[]}]})") << 0
                                    << QStringLiteral("group 1: \"name\" must be a string");
    QTest::newRow("command without a name") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"text":"a"}]}]})")
                                            << 0 << QStringLiteral("group 1: \"M\", command 1: \"name\" must be a string");
    QTest::newRow("groups not an array") << QByteArray(R"({"version":1,"groups":{}})") << 0
                                         << QStringLiteral("\"groups\" must be an array");
    QTest::newRow("bad hex") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":"A","hex":"01"},{"name":"Bad","hex":"01 0G"}]}]})")
                             << 0 << QStringLiteral("group 1: \"M\", command 2: \"Bad\": \"hex\"");
    QTest::newRow("text and hex") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":"Both","hex":"01","text":"x"}]}]})")
                                  << 0 << QStringLiteral("\"Both\": give exactly one");
    QTest::newRow("bad escape") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":"Esc","text":"a\\q"}]}]})")
                                << 0 << QStringLiteral("\"Esc\": \"text\"");
    QTest::newRow("bad line ending") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":"E","text":"a","lineEnding":"lfcr"}]}]})")
                                     << 0 << QStringLiteral("unknown line ending 'lfcr'");
    QTest::newRow("bad checksum") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":"C","hex":"01","checksum":"crc99"}]}]})")
                                  << 0 << QStringLiteral("\"C\": \"checksum\"");
    QTest::newRow("unencodable") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":"Temp","text":"温度","encoding":"ISO-8859-1"}]}]})")
                                 << 0 << QStringLiteral("\"M/Temp\": the text has characters that ISO-8859-1 cannot encode");
    QTest::newRow("unknown encoding") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":"E","text":"a","encoding":"NoSuch-8"}]}]})")
                                      << 0 << QStringLiteral("NoSuch-8");
    QTest::newRow("duplicate name") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":"A","text":"1"},{"name":"A","text":"2"}]}]})")
                                    << 0 << QStringLiteral("group \"M\" has two commands named \"A\"");
    QTest::newRow("duplicate group") << QByteArray(R"({"version":1,"groups":[{"name":"M"},{"name":"M"}]})") << 0
                                     << QStringLiteral("two groups named \"M\"");
    QTest::newRow("slash in a group") << QByteArray(R"({"version":1,"groups":[{"name":"a/b"}]})") << 0
                                      << QStringLiteral("cannot hold '/'");
    QTest::newRow("nameless command") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":" ","text":"1"}]}]})")
                                      << 0 << QStringLiteral("a command needs a name");
    QTest::newRow("nothing to send") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":"Empty","text":""}]}]})")
                                     << 0 << QStringLiteral("\"M/Empty\": there is nothing to send");
    QTest::newRow("comment not a string") << QByteArray(R"({"version":1,"groups":[{"name":"M","commands":[
        {"name":"N","text":"1","comment":5}]}]})")
                                          << 0 << QStringLiteral("\"N\": \"comment\" must be a string");
}

void TstCommandLibrary::loading()
{
    QFETCH(QByteArray, json);
    QFETCH(int, commands);
    QFETCH(QString, error);
    QVERIFY(writeAll(path(), json));

    const CommandLibrary library(path());
    QCOMPARE(library.commandCount(), commands);
    if (error.isEmpty()) {
        QCOMPARE(library.loadError(), QString());
        QCOMPARE(readAll(path()), json); // loading writes nothing
        QVERIFY(brokenCopies(m_dir->path()).isEmpty());
        return;
    }
    QVERIFY2(library.loadError().contains(error), qPrintable(library.loadError()));
    QVERIFY2(library.loadError().contains(QDir::toNativeSeparators(path())), qPrintable(library.loadError()));
    const QStringList aside = brokenCopies(m_dir->path());
    QCOMPARE(aside.size(), 1);
    QVERIFY2(library.loadError().contains(aside.constFirst()), qPrintable(library.loadError()));
    QCOMPARE(readAll(m_dir->filePath(aside.constFirst())), json);
    QVERIFY(!QFile::exists(path()));
}

void TstCommandLibrary::missingFileIsAnEmptyLibrary()
{
    const CommandLibrary library(path());
    QCOMPARE(library.commandCount(), 0);
    QCOMPARE(library.loadError(), QString());
    QVERIFY(!QFile::exists(path())); // nothing is written until something changes
}

void TstCommandLibrary::brokenFileIsKeptAsideAndNeverWrittenOver()
{
    const QByteArray broken("{\"version\":1,\"groups\":[{\"name\":\"My work\"");
    QVERIFY(writeAll(path(), broken));
    {
        CommandLibrary library(path());
        QVERIFY(!library.loadError().isEmpty());
        QVERIFY(library.add(textCommand(QStringLiteral("G"), QStringLiteral("A"), QStringLiteral("a"))));
        QCOMPARE(onDisk(path()), library.groups());
    }
    // A second broken start keeps a second copy; the first stays as it was.
    QVERIFY(writeAll(path(), "not json"));
    const CommandLibrary again(path());
    QVERIFY(!again.loadError().isEmpty());
    const QStringList aside = brokenCopies(m_dir->path());
    QCOMPARE(aside.size(), 2);
    QStringList contents;
    for (const QString &name : aside)
        contents << QString::fromUtf8(readAll(m_dir->filePath(name)));
    QVERIFY(contents.contains(QString::fromUtf8(broken)));
    QVERIFY(contents.contains(QStringLiteral("not json")));
}

void TstCommandLibrary::everyChangeIsOnDiskAtOnce()
{
    CommandLibrary library(path());
    QSignalSpy changed(&library, &CommandLibrary::changed);
    const auto check = [&](const Status &status, int expectedSignals) {
        QVERIFY2(status.ok(), qPrintable(status.error));
        QCOMPARE(changed.count(), expectedSignals);
        QCOMPARE(onDisk(path()), library.groups());
        // A new start (after a crash) sees exactly the same.
        const CommandLibrary restarted(path());
        QCOMPARE(restarted.loadError(), QString());
        QCOMPARE(restarted.groups(), library.groups());
    };
    const QString at = QStringLiteral("AT");
    check(library.add(textCommand(at, QStringLiteral("Ping"), QStringLiteral("AT\\r\\n"), QStringLiteral("OK"))), 1);
    Command read;
    read.group = QStringLiteral("Modbus");
    read.name = QStringLiteral("Read");
    read.item.hex = true;
    read.item.data = QStringLiteral("01 03 00 00 00 0A");
    read.item.checksum = ChecksumSpec::parse(QStringLiteral("CRC-16/MODBUS")).value;
    check(library.add(read), 2);
    check(library.add(textCommand(at, QStringLiteral("Reset"), QStringLiteral("ATZ"))), 3);
    QCOMPARE(library.groupNames(), (QStringList{at, QStringLiteral("Modbus")}));
    check(library.move(at, QStringLiteral("Reset"), -1), 4);
    QCOMPARE(library.groups().constFirst().commands.constFirst().name, QStringLiteral("Reset"));
    Command renamed = textCommand(at, QStringLiteral("Hello"), QStringLiteral("AT"));
    renamed.item.encoding = QStringLiteral("GBK");
    renamed.item.lineEnding = PayloadSpec::LineEnding::CRLF;
    check(library.update(at, QStringLiteral("Ping"), renamed), 5);
    check(library.renameGroup(at, QStringLiteral("Modem")), 6);
    QVERIFY(library.command(QStringLiteral("Modem"), QStringLiteral("Hello")));
    check(library.moveGroup(QStringLiteral("Modbus"), -1), 7);
    QCOMPARE(library.groupNames().constFirst(), QStringLiteral("Modbus"));
    check(library.addGroup(QStringLiteral("Empty")), 8);
    check(library.remove(QStringLiteral("Modem"), QStringLiteral("Reset")), 9);
    check(library.removeGroup(QStringLiteral("Modbus")), 10);
    QCOMPARE(library.commandCount(), 1);
    check(library.clear(), 11);
    QCOMPARE(library.commandCount(), 0);
    QVERIFY(QFile::exists(path())); // an empty library is a file too: "emptied" is remembered
}

void TstCommandLibrary::refusedChangesChangeNothing_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("error");
    QTest::newRow("duplicate name") << 0 << QStringLiteral("group \"G\" has two commands named \"A\"");
    QTest::newRow("unencodable") << 1 << QStringLiteral("\"G/Temp\": the text has characters that ISO-8859-1 cannot encode");
    QTest::newRow("bad hex") << 2 << QStringLiteral("\"G/Hex\"");
    QTest::newRow("no such command") << 3 << QStringLiteral("no command \"Nope\" in group \"G\"");
    QTest::newRow("group taken") << 4 << QStringLiteral("already a group named \"H\"");
    QTest::newRow("slash in a group") << 5 << QStringLiteral("cannot hold '/'");
    QTest::newRow("rename onto another") << 6 << QStringLiteral("group \"G\" has two commands named \"A\"");
    QTest::newRow("no group") << 7 << QStringLiteral("a command needs a group");
}

void TstCommandLibrary::refusedChangesChangeNothing()
{
    QFETCH(int, change);
    QFETCH(QString, error);
    CommandLibrary library(path());
    QVERIFY(library.add(textCommand(QStringLiteral("G"), QStringLiteral("A"), QStringLiteral("a"))));
    QVERIFY(library.add(textCommand(QStringLiteral("G"), QStringLiteral("B"), QStringLiteral("b"))));
    QVERIFY(library.add(textCommand(QStringLiteral("H"), QStringLiteral("C"), QStringLiteral("c"))));
    const QByteArray before = readAll(path());
    const QList<CommandGroup> groups = library.groups();
    QSignalSpy changed(&library, &CommandLibrary::changed);

    Command bad = textCommand(QStringLiteral("G"), QStringLiteral("Temp"), QStringLiteral("温度"));
    bad.item.encoding = QStringLiteral("ISO-8859-1");
    Command hex = textCommand(QStringLiteral("G"), QStringLiteral("Hex"), QStringLiteral("0"));
    hex.item.hex = true;
    Status status;
    switch (change) {
    case 0: status = library.add(textCommand(QStringLiteral("G"), QStringLiteral("A"), QStringLiteral("x"))); break;
    case 1: status = library.add(bad); break;
    case 2: status = library.add(hex); break;
    case 3: status = library.remove(QStringLiteral("G"), QStringLiteral("Nope")); break;
    case 4: status = library.renameGroup(QStringLiteral("G"), QStringLiteral("H")); break;
    case 5: status = library.renameGroup(QStringLiteral("G"), QStringLiteral("x/y")); break;
    case 6:
        status = library.update(QStringLiteral("G"), QStringLiteral("B"),
                                textCommand(QStringLiteral("G"), QStringLiteral("A"), QStringLiteral("b")));
        break;
    case 7: status = library.add(textCommand(QString(), QStringLiteral("N"), QStringLiteral("n"))); break;
    }
    QVERIFY(!status.ok());
    QVERIFY2(status.error.contains(error), qPrintable(status.error));
    QCOMPARE(library.groups(), groups);
    QCOMPARE(readAll(path()), before);
    QCOMPARE(changed.count(), 0);
}

void TstCommandLibrary::unwritableFileChangesNothing()
{
    CommandLibrary library(path());
    QVERIFY(library.add(textCommand(QStringLiteral("G"), QStringLiteral("A"), QStringLiteral("a"))));
    const QList<CommandGroup> before = library.groups();
    // A folder where the file was: no one (not even root) can write the file there.
    QVERIFY(QFile::remove(path()));
    QVERIFY(QDir().mkpath(path()));
    QSignalSpy changed(&library, &CommandLibrary::changed);
    const Status status = library.add(textCommand(QStringLiteral("G"), QStringLiteral("B"), QStringLiteral("b")));
    QVERIFY(!status.ok());
    QVERIFY2(status.error.contains(u"cannot write") && status.error.contains(QDir::toNativeSeparators(path())),
             qPrintable(status.error));
    QCOMPARE(library.groups(), before); // the library still matches what was last written
    QCOMPARE(changed.count(), 0);
    QVERIFY(QDir().rmdir(path()));
    QVERIFY(library.add(textCommand(QStringLiteral("G"), QStringLiteral("B"), QStringLiteral("b"))));
    QCOMPARE(onDisk(path()), library.groups());
}

void TstCommandLibrary::updateKeepsThePlaceOrRegroups()
{
    CommandLibrary library(path());
    for (const char *name : {"A", "B", "C"})
        QVERIFY(library.add(textCommand(QStringLiteral("G"), QString::fromLatin1(name), QStringLiteral("x"))));
    QVERIFY(library.update(QStringLiteral("G"), QStringLiteral("B"),
                           textCommand(QStringLiteral("G"), QStringLiteral("B2"), QStringLiteral("y"))));
    QStringList names;
    for (const Command &command : library.groups().constFirst().commands)
        names << command.name;
    QCOMPARE(names, (QStringList{QStringLiteral("A"), QStringLiteral("B2"), QStringLiteral("C")}));
    QVERIFY(library.update(QStringLiteral("G"), QStringLiteral("A"),
                           textCommand(QStringLiteral("New"), QStringLiteral("A"), QStringLiteral("x"))));
    QCOMPARE(library.groupNames(), (QStringList{QStringLiteral("G"), QStringLiteral("New")}));
    QCOMPARE(library.groups().constFirst().commands.size(), 2);
    QCOMPARE(onDisk(path()), library.groups());
}

void TstCommandLibrary::importMerges()
{
    CommandLibrary library(path());
    QVERIFY(library.add(textCommand(QStringLiteral("AT"), QStringLiteral("Ping"), QStringLiteral("old"))));
    QVERIFY(library.add(textCommand(QStringLiteral("AT"), QStringLiteral("Keep"), QStringLiteral("k"))));
    const QString file = m_dir->filePath(QStringLiteral("import.json"));
    QVERIFY(writeAll(file, R"({"version":1,"groups":[
        {"name":"AT","commands":[{"name":"Ping","text":"new"},{"name":"Reset","text":"ATZ"}]},
        {"name":"Other","commands":[{"name":"X","hex":"FF"}]}]})"));
    QSignalSpy changed(&library, &CommandLibrary::changed);
    const Result<CommandLibrary::ImportSummary> done = library.importFile(file, CommandLibrary::ImportMode::Merge);
    QVERIFY2(done.ok(), qPrintable(done.error));
    QCOMPARE(done.value.added, 2);
    QCOMPARE(done.value.replaced, 1);
    QCOMPARE(changed.count(), 1); // one change, one write
    QCOMPARE(library.commandCount(), 4);
    QCOMPARE(library.command(QStringLiteral("AT"), QStringLiteral("Ping"))->item.data, QStringLiteral("new"));
    QVERIFY(library.command(QStringLiteral("AT"), QStringLiteral("Keep")));
    QCOMPARE(library.groupNames(), (QStringList{QStringLiteral("AT"), QStringLiteral("Other")}));
    QCOMPARE(onDisk(path()), library.groups());
}

void TstCommandLibrary::importReplaces()
{
    CommandLibrary library(path());
    QVERIFY(library.add(textCommand(QStringLiteral("Old"), QStringLiteral("Gone"), QStringLiteral("g"))));
    const QString file = m_dir->filePath(QStringLiteral("import.json"));
    QVERIFY(writeAll(file, R"({"version":1,"groups":[{"name":"New","commands":[{"name":"A","text":"a"}]}]})"));
    const Result<CommandLibrary::ImportSummary> done = library.importFile(file, CommandLibrary::ImportMode::Replace);
    QVERIFY2(done.ok(), qPrintable(done.error));
    QCOMPARE(done.value.added, 1);
    QCOMPARE(library.groupNames(), QStringList{QStringLiteral("New")});
    QCOMPARE(onDisk(path()), library.groups());
}

void TstCommandLibrary::importIsAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("syntax") << QByteArray("{\"version\":1,\n\"groups\":[\n{\"name\":\"A\",}]}")
                            << QStringLiteral("import.json: line 3, column 13");
    QTest::newRow("bad last command") << QByteArray(R"({"version":1,"groups":[
        {"name":"New","commands":[{"name":"Fine","text":"a"}]},
        {"name":"M","commands":[{"name":"Ok","hex":"01"},{"name":"Broken","hex":"XYZ"}]}]})")
                                      << QStringLiteral("group 2: \"M\", command 2: \"Broken\"");
    QTest::newRow("two of a name") << QByteArray(R"({"version":1,"groups":[
        {"name":"New","commands":[{"name":"A","text":"a"},{"name":"A","text":"b"}]}]})")
                                   << QStringLiteral("two commands named \"A\"");
}

void TstCommandLibrary::importIsAllOrNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    CommandLibrary library(path());
    QVERIFY(library.add(textCommand(QStringLiteral("G"), QStringLiteral("A"), QStringLiteral("a"))));
    const QByteArray before = readAll(path());
    const QString file = m_dir->filePath(QStringLiteral("import.json"));
    QVERIFY(writeAll(file, json));
    QSignalSpy changed(&library, &CommandLibrary::changed);
    for (const CommandLibrary::ImportMode mode : {CommandLibrary::ImportMode::Merge, CommandLibrary::ImportMode::Replace}) {
        const Result<CommandLibrary::ImportSummary> done = library.importFile(file, mode);
        QVERIFY(!done.ok());
        QVERIFY2(done.error.contains(error), qPrintable(done.error));
    }
    QCOMPARE(library.commandCount(), 1);
    QCOMPARE(readAll(path()), before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(readAll(file), json); // an import never touches its file
}

void TstCommandLibrary::exportReadsBack()
{
    CommandLibrary library(path());
    QVERIFY(library.add(textCommand(QStringLiteral("G"), QStringLiteral("A"), QStringLiteral("中文\\r\\n"), QStringLiteral("c"))));
    const QString file = m_dir->filePath(QStringLiteral("out/export.json"));
    QVERIFY(library.exportFile(file));
    CommandLibrary other(m_dir->filePath(QStringLiteral("other.json")));
    QVERIFY(other.importFile(file, CommandLibrary::ImportMode::Replace));
    QCOMPARE(other.groups(), library.groups());
    const Status refused = library.exportFile(m_dir->filePath(QStringLiteral("commands.json/inside")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"inside"), qPrintable(refused.error));
}

void TstCommandLibrary::textInAHexSessionIsUtf8()
{
    // A session shown as Hex has no text encoding: a text command goes out as UTF-8, not as hex digits.
    const Command command = textCommand(QStringLiteral("G"), QStringLiteral("A"), QStringLiteral("AT\\r"));
    QCOMPARE(command.item.bytes(QStringLiteral("Hex")).value, QByteArray("AT\r"));
    Command hex = command;
    hex.item.hex = true;
    hex.item.data = QStringLiteral("41 54");
    QCOMPARE(hex.item.bytes(QStringLiteral("Hex")).value, QByteArray("AT"));
}

void TstCommandLibrary::findByName()
{
    CommandLibrary library(path());
    QVERIFY(library.add(textCommand(QStringLiteral("AT"), QStringLiteral("Ping"), QStringLiteral("AT"))));
    QVERIFY(library.add(textCommand(QStringLiteral("AT"), QStringLiteral("Reset"), QStringLiteral("ATZ"))));
    QVERIFY(library.add(textCommand(QStringLiteral("Other"), QStringLiteral("Ping"), QStringLiteral("PING"))));
    QVERIFY(library.add(textCommand(QStringLiteral("Other"), QStringLiteral("a/b"), QStringLiteral("slash"))));

    QCOMPARE(library.find(QStringLiteral("Reset"))->data, QStringLiteral("ATZ"));
    QCOMPARE(library.find(QStringLiteral("AT/Ping"))->data, QStringLiteral("AT"));
    QCOMPARE(library.find(QStringLiteral("Other/Ping"))->data, QStringLiteral("PING"));
    QCOMPARE(library.find(QStringLiteral("Other/a/b"))->data, QStringLiteral("slash"));
    QCOMPARE(library.find(QStringLiteral("a/b"))->data, QStringLiteral("slash"));
    QVERIFY(!library.find(QStringLiteral("Ping"))); // two groups have one
    QVERIFY(!library.find(QStringLiteral("Nope")));
    QVERIFY(!library.find(QStringLiteral("AT/Nope")));
    const Result<Command> ambiguous = library.lookup(QStringLiteral("Ping"));
    QVERIFY2(ambiguous.error.contains(u"group/name"), qPrintable(ambiguous.error));
    const Result<Command> missing = library.lookup(QStringLiteral("Nope"));
    QVERIFY2(missing.error.contains(u"\"Nope\""), qPrintable(missing.error));
}

void TstCommandLibrary::exampleLibraryLoads()
{
    CommandLibrary library(path());
    const QString example = QStringLiteral(SOCKPIT_SOURCE_DIR "/docs/examples/commands.json");
    const Result<CommandLibrary::ImportSummary> done = library.importFile(example, CommandLibrary::ImportMode::Replace);
    QVERIFY2(done.ok(), qPrintable(done.error));
    QVERIFY(library.commandCount() >= 6);
    const std::optional<SendItem> read = library.find(QStringLiteral("Modbus RTU/Read holding registers"));
    QVERIFY(read);
    // The textbook Modbus frame, CRC low byte first.
    QCOMPARE(read->bytes(QStringLiteral("UTF-8")).value, QByteArray::fromHex("01030000000AC5CD"));
    QCOMPARE(library.find(QStringLiteral("Attention"))->bytes(QStringLiteral("UTF-8")).value, QByteArray("AT\r\n"));
    // Its own encoding, whatever the session's.
    QCOMPARE(library.find(QStringLiteral("Greeting in GBK"))->bytes(QStringLiteral("UTF-8")).value,
             QByteArray("\xC4\xE3\xBA\xC3\n"));
    QCOMPARE(library.find(QStringLiteral("SMS body"))->bytes(QStringLiteral("UTF-8")).value.right(1), QByteArray("\x1A"));
}

QTEST_GUILESS_MAIN(TstCommandLibrary)
#include "tst_commandlibrary.moc"
