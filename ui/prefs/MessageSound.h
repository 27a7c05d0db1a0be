#pragma once

#include <QByteArray>
#include <QObject>
#include <QTemporaryFile>

class QSoundEffect;

namespace Linnet {

// The sound of a new message: a short two-note chime, made here as 16-bit PCM WAV (so no
// sound file has to be found on the system) and played through Qt Multimedia's QSoundEffect
// on the default audio output. Without an output device it stays silent.
class MessageSound : public QObject
{
    Q_OBJECT
public:
    explicit MessageSound(QObject *parent = nullptr);
    ~MessageSound() override;

    void play();
    // How many times play() started the chime (for tests and diagnostics).
    int playCount() const { return m_plays; }

    static constexpr int SampleRate = 22050;
    // The chime as a complete WAV file (RIFF header and mono 16-bit samples).
    static QByteArray chimeWav();

private:
    QTemporaryFile m_file;
    QSoundEffect *m_effect = nullptr;
    int m_plays = 0;
};

} // namespace Linnet
