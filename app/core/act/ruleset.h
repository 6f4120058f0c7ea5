#pragma once

#include "framematch.h"
#include "replytemplate.h"
#include "result.h"
#include "rule.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <vector>

namespace Sockpit {

/// A rule checked and made ready for one encoding.
struct CompiledRule
{
    Rule rule;
    FrameMatcher matcher;
    ReplyTemplate reply; ///< Action::Reply only
};

/// The rules, in order, as the user keeps them: the first enabled rule that
/// matches a frame acts on it. Kept as JSON:
///
///   {"version": 1, "rules": [{"name": "ping", "match": "exact", "pattern": "PING\r\n",
///                             "action": "reply", "reply": "PONG {counter}\r\n", "delayMs": 0}, …]}
class RuleSet
{
public:
    static constexpr int Version = 1;
    /// More rules than this is a file chosen by mistake.
    static constexpr int MaxRules = 10000;

    QList<Rule> rules;

    /// "rule 3 'ping'" (1-based), or "rule 3" for a rule without a name: what errors start with.
    static QString describe(int index, const Rule &rule);

    /// JSON text read; errors say "line L, column C: …" or "rule N 'name': …".
    static Result<RuleSet> fromJson(const QByteArray &text);
    static Result<RuleSet> fromDocument(const QJsonDocument &document);
    /// A file read; errors start with the file's name.
    static Result<RuleSet> load(const QString &path);
    QJsonDocument toDocument() const;
    QByteArray toJson() const;
    /// Written atomically (JsonFile::write).
    Status save(const QString &path) const;

    /// Every rule checked against encoding, disabled ones too: all or nothing.
    /// The error names the rule: "rule 2 'read': regular expression: …".
    Result<std::vector<CompiledRule>> compile(const QString &encoding) const;

    /// The ready-made lists: the old Echo and Fixed reply.
    static RuleSet echo();
    static RuleSet fixedReply(const QString &text, bool hex);

    bool operator==(const RuleSet &other) const { return rules == other.rules; }
    bool operator!=(const RuleSet &other) const { return !(*this == other); }
};

} // namespace Sockpit
