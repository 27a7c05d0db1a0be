#include "MessageSound.h"

#include <QDataStream>
#include <QDir>
#include <QSoundEffect>
#include <QUrl>
#include <cmath>
#include <numbers>

namespace Linnet {

namespace {
// Two notes (E6 then A6), each fading out, at a moderate volume.
void appendNote(QDataStream &out, double frequency, int milliseconds)
{
    const int samples = MessageSound::SampleRate * milliseconds / 1000;
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) / MessageSound::SampleRate;
        const double envelope = std::exp(-6.0 * i / samples) * std::min(1.0, i / 80.0);
        const double value = std::sin(2 * std::numbers::pi * frequency * t) * envelope * 0.35;
        out << qint16(std::lround(value * 32767));
    }
}
} // namespace

QByteArray MessageSound::chimeWav()
{
    QByteArray samples;
    {
        QDataStream out(&samples, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        appendNote(out, 1318.5, 110);
        appendNote(out, 1760.0, 220);
    }
    QByteArray wav;
    QDataStream out(&wav, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    const quint16 channels = 1;
    const quint16 bits = 16;
    out.writeRawData("RIFF", 4);
    out << quint32(36 + samples.size());
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << channels << quint32(SampleRate)
        << quint32(SampleRate * channels * bits / 8) << quint16(channels * bits / 8) << bits;
    out.writeRawData("data", 4);
    out << quint32(samples.size());
    out.writeRawData(samples.constData(), int(samples.size()));
    return wav;
}

MessageSound::MessageSound(QObject *parent) : QObject(parent)
{
    m_file.setFileTemplate(QDir::tempPath() + QStringLiteral("/linnet-chime-XXXXXX.wav"));
}

MessageSound::~MessageSound() = default;

void MessageSound::play()
{
    // The effect (and its audio output) is made on the first message, not at start-up.
    if (!m_effect) {
        if (!m_file.open() || m_file.write(chimeWav()) < 0 || !m_file.flush())
            return;
        m_effect = new QSoundEffect(this);
        m_effect->setSource(QUrl::fromLocalFile(m_file.fileName()));
        m_effect->setVolume(0.6f);
    }
    ++m_plays;
    m_effect->play();
}

} // namespace Linnet
