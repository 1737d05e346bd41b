"""The terms of attention in English and Turkish: the one table of them.

Help → Glossary shows it; the Turkish translation uses these words and no
other (`avoid`: words an earlier translation used, which a test keeps out of
the .ts). The Turkish terms are those of the text the lessons follow.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    english: str
    turkish: str
    avoid: tuple[str, ...] = ()  # Turkish words not to use for it (lower case)


GLOSSARY: tuple[Term, ...] = (
    Term("attention (mechanism)", "dikkat (mekanizması)"),
    Term("query / key / value", "sorgu / anahtar / değer"),
    Term("score", "puan", ("skor",)),
    Term("compatibility function", "uyumluluk işlevi", ("fonksiyon",)),
    Term("dot product", "iç çarpım", ("nokta çarpım",)),
    Term("scaled dot product", "ölçekli iç çarpım", ("ölçekli nokta",)),
    Term("cosine / general (bilinear) / additive", "kosinüs / çift doğrusal / toplamsal"),
    Term("weight, weighted sum", "ağırlık, ağırlıklı toplam"),
    Term("context vector", "bağlam vektörü"),
    Term("hidden state", "gizli durum"),
    Term("encoder / decoder", "kodlayıcı / kod çözücü"),
    Term("input", "girdi"),
    Term("token", "sözcük", ("belirteç",)),
    Term("self-attention", "öz-dikkat"),
    Term("projection, transform", "dönüşüm", ("izdüşüm", "izdüşür")),
    Term("singular value decomposition", "Tekil Değer Ayrıştırması (SVD)"),
    Term("singular value", "tekil değer"),
    Term("topic space", "konu uzayı"),
    Term("representation", "temsil"),
    Term("dimension", "boyut"),
    Term("learnable, learned", "öğrenilebilir, öğrenilmiş"),
    Term("temperature", "sıcaklık"),
    Term("causal mask / padding mask", "nedensel maske / dolgu maskesi"),
    Term("head (multi-head attention)", "kafa (çok kafalı dikkat)"),
    Term("positional encoding", "konum kodlaması"),
    Term("learning rate", "öğrenme hızı", ("öğrenme oranı",)),
    Term("training, loss", "eğitim, kayıp"),
    Term("preset", "hazır örnek"),
    Term("lesson, challenge", "ders, görev"),
    Term("session", "oturum"),
    Term("plot, figure", "grafik, şekil"),
    Term("undo / redo", "geri al / yinele"),
    Term("reset (training) / restart (lesson)", "sıfırla / baştan başla"),
)
