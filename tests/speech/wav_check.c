/* wav_check FILE.wav WORDS: the WAV that --say wrote is a 16-bit mono PCM
 * file, not silent, and as long as WORDS words take to say (0.12 to 1.2 s a
 * word, with half a second of slack). Prints what it measured. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t le32(const unsigned char *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t le16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: wav_check FILE.wav WORDS\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  static unsigned char buf[64 << 20];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  if (n < 44 || memcmp(buf, "RIFF", 4) || memcmp(buf + 8, "WAVEfmt ", 8) || memcmp(buf + 36, "data", 4)) {
    fprintf(stderr, "%s: not a plain WAV file\n", argv[1]);
    return 1;
  }
  unsigned fmt = le16(buf + 20), ch = le16(buf + 22), bits = le16(buf + 34);
  uint32_t rate = le32(buf + 24), data = le32(buf + 40);
  if (fmt != 1 || ch != 1 || bits != 16 || rate < 8000 || data + 44 != n || le32(buf + 4) != n - 8) {
    fprintf(stderr, "%s: expected 16-bit mono PCM with consistent sizes (fmt %u, %u ch, %u bits, %u Hz, %u of %zu bytes)\n",
            argv[1], fmt, ch, bits, rate, data, n);
    return 1;
  }
  size_t samples = data / 2;
  double sum = 0;
  int peak = 0;
  for (size_t i = 0; i < samples; i++) {
    int s = (int16_t)le16(buf + 44 + 2 * i);
    sum += (double)s * s;
    if (abs(s) > peak) peak = abs(s);
  }
  double secs = (double)samples / rate, rms = samples ? sqrt(sum / samples) / 32768.0 : 0;
  int words = atoi(argv[2]);
  printf("%s: %.2f s at %u Hz, rms %.3f, peak %d\n", argv[1], secs, rate, rms, peak);
  if (rms < 0.01 || peak < 3000) {
    fprintf(stderr, "%s: silent (rms %.4f, peak %d)\n", argv[1], rms, peak);
    return 1;
  }
  if (secs < 0.12 * words || secs > 1.2 * words + 0.5) {
    fprintf(stderr, "%s: %.2f s is not a plausible length for %d words\n", argv[1], secs, words);
    return 1;
  }
  return 0;
}
