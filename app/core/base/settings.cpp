#include "settings.h"

namespace Sockpit::Settings {

namespace {
thread_local QSettings *t_batchStore = nullptr;
} // namespace

Batch::Batch()
{
    if (!t_batchStore) {
        m_store = std::make_unique<QSettings>();
        t_batchStore = m_store.get();
    }
}

Batch::~Batch()
{
    if (m_store)
        t_batchStore = nullptr; // m_store writes the file as it goes
}

QVariant read(const QString &key, const QVariant &defaultValue)
{
    if (t_batchStore)
        return t_batchStore->value(key, defaultValue);
    return QSettings().value(key, defaultValue);
}

void write(const QString &key, const QVariant &value)
{
    if (t_batchStore)
        t_batchStore->setValue(key, value);
    else
        QSettings().setValue(key, value);
}

QString panelKey(const QString &panel, const char *name)
{
    return panel + u'/' + QString::fromLatin1(name);
}

QVariant panelValue(const QString &panel, const char *name, const QVariant &defaultValue)
{
    return read(panelKey(panel, name), defaultValue);
}

void setPanelValue(const QString &panel, const char *name, const QVariant &value)
{
    write(panelKey(panel, name), value);
}

} // namespace Sockpit::Settings
