"""Fill resources/translations/qkv_gui_tr.ts with the Turkish texts below.

Usage (after `tools/update_translations.py` has refreshed the .ts):

    .venv/bin/python tools/fill_translations.py          # fill, then build the .qm
    .venv/bin/python tools/fill_translations.py --check  # list messages without a Turkish text

Every message of the .ts gets its translation from TR (by English source) or,
when the same English text needs different Turkish in one place, from
TR_IN_CONTEXT (by (context, source)). Messages already translated in the .ts
are overwritten with the table's text, so this file is the one place to edit
Turkish wording. A message with no entry keeps what the .ts has and is
reported; the script exits with status 1 if any message is left unfinished.

Terminology (kept consistent): attention = dikkat, query = sorgu, key = anahtar,
value = değer, weights = ağırlıklar, score = skor, context vector = bağlam
vektörü, temperature = sıcaklık, projection = izdüşüm (projected =
izdüşürülmüş), dot product = nokta çarpımı, scaled = ölçekli, cosine =
kosinüs, additive = toplamsal, self-attention = öz-dikkat, encoder/decoder =
kodlayıcı/kod çözücü, input = girdi, token = belirteç, learning rate = öğrenme
oranı, training = eğitim, loss = kayıp, singular value = tekil değer, topic =
konu, causal mask = nedensel maske, preset = hazır örnek, lesson = ders,
session = oturum, plot = grafik, figure = şekil. Undo-step names are
imperatives: the Edit menu shows them after "Geri al:" / "Yinele:".

Placeholders ({name}, %1), HTML tags, & mnemonics, formulas (Q·Kᵀ, √d_k,
W_Q), matrix names (w_q, scores[1,2]) and shortcuts stay as in the source.
Turkish suffixes are never attached to a placeholder (its value is unknown),
e.g. "Saved {path}" → "Kaydedildi: {path}".
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "qkv_gui_tr.ts"

TR: dict[str, str] = {
    # ---------------------------------------------------------------- ComparePanel
    "Raw vs. projected": "Ham / izdüşürülmüş",
    "Scores and weights with the projection off and on, for the same inputs":
        "Aynı girdiler için izdüşüm kapalıyken ve açıkken skorlar ve ağırlıklar",
    "Attention vs. last state": "Dikkat / son durum",
    "The attention context next to the classic seq2seq context (the last state)":
        "Dikkat bağlamı ile klasik seq2seq bağlamı (son durum) yan yana",
    "scores": "skorlar",
    "weights": "ağırlıklar",
    "on − off": "açık − kapalı",
    "Switch the projection of the session in the window (one undo step)":
        "Penceredeki oturumun izdüşümünü aç/kapat (tek geri alma adımı)",
    "Only the last input": "Yalnızca son girdi",
    "Weights [0, …, 0, 1] for every query: attention reduces to the classic seq2seq context vector, "
    "the last encoder state.":
        "Her sorgu için ağırlıklar [0, …, 0, 1]: dikkat, klasik seq2seq bağlam vektörüne, yani son "
        "kodlayıcı durumuna indirgenir.",
    "Softmax weights": "Softmax ağırlıkları",
    "Stop setting the weights by hand: softmax of the scores again":
        "Ağırlıkları elle ayarlamayı bırak: yeniden skorların softmax'ı kullanılır",
    "Raw vectors": "Ham vektörler",
    "Projected vectors": "İzdüşürülmüş vektörler",
    "Q = S·W_Q, K = H·W_K": "Q = S·W_Q, K = H·W_K",
    "Q = I·W_Q, K = I·W_K": "Q = I·W_Q, K = I·W_K",
    "The window shows this now.": "Pencere şu anda bunu gösteriyor.",
    "The button below shows this in the window.": "Aşağıdaki düğme bunu pencerede gösterir.",
    "Cannot compute the attention without the projection: {reason}":
        "İzdüşüm olmadan dikkat hesaplanamıyor: {reason}",
    "Cannot compute the attention with the projection: {reason}":
        "İzdüşümle dikkat hesaplanamıyor: {reason}",
    "Show raw": "Ham hâlini göster",
    "Show projected": "İzdüşürülmüş hâlini göster",
    "The weights are set by hand, so the projection cannot change them; turn “Set weights by hand” off "
    "to compare.":
        "Ağırlıklar elle ayarlandığı için izdüşüm onları değiştiremez; karşılaştırmak için "
        "“Ağırlıkları elle ayarla” seçeneğini kapatın.",
    "The projection does not change the weights here.": "İzdüşüm burada ağırlıkları değiştirmiyor.",
    "The projection moves most weight for {query}, on {key}:":
        "İzdüşümün ağırlığı en çok değiştirdiği yer: sorgu {query}, anahtar {key}:",
    "Attend most to themselves: {raw} of {n} raw, {projected} of {n} projected.":
        "En çok kendine dikkat edenler: ham {raw}/{n}, izdüşürülmüş {projected}/{n}.",
    "The classic seq2seq decoder sees only the last encoder state {last}; attention mixes all of them "
    "with its weights.":
        "Klasik seq2seq kod çözücüsü yalnızca son kodlayıcı durumunu ({last}) görür; dikkat ise hepsini "
        "kendi ağırlıklarıyla karıştırır.",
    "Without attention only the last input {last} would be passed on; attention mixes the values of "
    "all inputs with its weights.":
        "Dikkat olmasaydı yalnızca son girdi ({last}) aktarılırdı; dikkat ise tüm girdilerin "
        "değerlerini kendi ağırlıklarıyla karıştırır.",
    "Weights of {query} (set by hand)": "{query} için ağırlıklar (elle ayarlanan)",
    "Weights of {query}": "{query} için ağırlıklar",
    "c({query})": "c({query})",
    "{last} (last)": "{last} (son)",
    "Attention context  vs.  last state": "Dikkat bağlamı  ile  son durum",
    "Equal: with weights {weights} attention gives the classic context vector, the last state {last}.":
        "Eşit: {weights} ağırlıklarıyla dikkat, klasik bağlam vektörünü, yani son durumu ({last}) verir.",
    "Different: attention mixes the encoder states with weights {weights} (query {query}), so its "
    "context is not the last state {last}.":
        "Farklı: dikkat, kodlayıcı durumlarını {weights} ağırlıklarıyla karıştırır (sorgu {query}); bu "
        "yüzden bağlamı son durum ({last}) değildir.",
    "Different: attention mixes the values of all inputs with weights {weights} (query {query}), so "
    "its context is not the value of the last input {last}.":
        "Farklı: dikkat, tüm girdilerin değerlerini {weights} ağırlıklarıyla karıştırır (sorgu "
        "{query}); bu yüzden bağlamı son girdinin ({last}) değeri değildir.",
    "Turn projections on": "İzdüşümleri aç",
    "Turn projections off": "İzdüşümleri kapat",
    "Use softmax weights": "Softmax ağırlıklarını kullan",
    "Compare": "Karşılaştırma",
    # ---------------------------------------------------------------- ControlsPanel
    "Controls": "Denetimler",
    "Self-attention": "Öz-dikkat",
    "Seq2seq attention": "Seq2seq dikkati",
    "Self-attention: queries, keys and values all come from the inputs.\nSeq2seq: the decoder state "
    "is the query; the encoder states are the keys and the values.":
        "Öz-dikkat: sorgular, anahtarlar ve değerlerin hepsi girdilerden gelir.\nSeq2seq: sorgu kod "
        "çözücü durumudur; anahtarlar ve değerler kodlayıcı durumlarıdır.",
    "Projections W_Q, W_K, W_V": "İzdüşümler W_Q, W_K, W_V",
    "On: Q = I·W_Q, K = I·W_K, V = I·W_V. Off: queries, keys and values are the raw vectors.":
        "Açık: Q = I·W_Q, K = I·W_K, V = I·W_V. Kapalı: sorgular, anahtarlar ve değerler ham "
        "vektörlerdir.",
    "dot  q·k": "nokta  q·k",
    "scaled dot  q·k/√d_k": "ölçekli nokta  q·k/√d_k",
    "cosine  q·k/(|q||k|)": "kosinüs  q·k/(|q||k|)",
    "general  qᵀ W_a k": "genel  qᵀ W_a k",
    "additive  v_a·tanh([q,k]W_a)": "toplamsal  v_a·tanh([q,k]W_a)",
    "The compatibility function that scores a query against a key.":
        "Bir sorguyu bir anahtara göre skorlayan uyumluluk fonksiyonu.",
    "Softmax temperature T: weights = softmax(scores / T).\nSmall T sharpens the weights towards one "
    "key, large T flattens them.":
        "Softmax sıcaklığı T: ağırlıklar = softmax(skorlar / T).\nKüçük T ağırlıkları tek bir anahtara "
        "doğru keskinleştirir, büyük T onları düzleştirir.",
    "Causal mask": "Nedensel maske",
    "Self-attention only: query i may look at inputs 1..i, not at later ones.":
        "Yalnızca öz-dikkatte: i. sorgu 1..i girdilerine bakabilir, sonrakilere bakamaz.",
    "Set weights by hand": "Ağırlıkları elle ayarla",
    "Replace the softmax weights by weights you edit yourself (each row still sums to 1).":
        "Softmax ağırlıklarının yerine kendi düzenlediğiniz ağırlıkları kullanın (her satırın toplamı "
        "yine 1 olur).",
    "Mode:": "Mod:",
    "Score:": "Skor:",
    "Temperature T:": "Sıcaklık T:",
    "Change temperature": "Sıcaklığı değiştir",
    "context = value of the last input ✓": "bağlam = son girdinin değeri ✓",
    "Switch mode": "Modu değiştir",
    "Change score function": "Skor fonksiyonunu değiştir",
    "Turn causal mask on": "Nedensel maskeyi aç",
    "Turn causal mask off": "Nedensel maskeyi kapat",
    "Weights set to [0, …, 0, 1]: the context vector is now the last input's value vector.":
        "Ağırlıklar [0, …, 0, 1] yapıldı: bağlam vektörü artık son girdinin değer vektörü.",
    "Causal mask on: each query's weight 1 goes to the last input it may see (itself).":
        "Nedensel maske açık: her sorgunun 1 ağırlığı görebildiği son girdiye (kendisine) gider.",
    "Causal mask on: the hand-set weights on later inputs moved to the inputs each query may see.":
        "Nedensel maske açık: sonraki girdilere elle verilen ağırlıklar, her sorgunun görebildiği "
        "girdilere taşındı.",
    "dot": "nokta",
    "scaled dot": "ölçekli nokta",
    "cosine": "kosinüs",
    "general": "genel",
    "additive": "toplamsal",
    # ---------------------------------------------------------------- ExplainPanel
    "Hover any number in a plot to see how it was computed.":
        "Nasıl hesaplandığını görmek için bir grafikteki herhangi bir sayının üzerine gelin.",
    "How this number was computed:": "Bu sayı nasıl hesaplandı:",
    # ---------------------------------------------------------------- Export / Exporter
    "PNG image (*.png)": "PNG görüntüsü (*.png)",
    "SVG drawing (*.svg)": "SVG çizimi (*.svg)",
    "JSON (*.json)": "JSON (*.json)",
    "qkv_gui lessons (*.json)": "qkv_gui dersleri (*.json)",
    "Export &screenshot…": "Ekran &görüntüsünü dışa aktar…",
    "Save a picture of the whole window (PNG), at screen or print resolution":
        "Tüm pencerenin resmini ekran ya da baskı çözünürlüğünde kaydet (PNG)",
    "Export &figure…": "Şek&li dışa aktar…",
    "Save the pipeline as one clean figure (PNG or SVG) for slides and papers":
        "Hesaplama akışını slaytlar ve makaleler için tek, temiz bir şekil olarak kaydet (PNG ya da SVG)",
    "Matrices as &CSV files…": "Matrisler &CSV dosyaları olarak…",
    "Write every matrix to its own CSV file in a folder":
        "Her matrisi bir klasörde kendi CSV dosyasına yaz",
    "Result as &JSON…": "Sonuç &JSON olarak…",
    "Write every matrix of the result to one JSON file (as --export-data does)":
        "Sonucun tüm matrislerini tek bir JSON dosyasına yaz (--export-data gibi)",
    "Export &lesson…": "&Dersi dışa aktar…",
    "Save the session with the open lesson and panel, to hand out":
        "Oturumu açık ders ve panelle birlikte, dağıtmak üzere kaydet",
    "Export &data": "&Verileri dışa aktar",
    "Export": "Dışa aktar",
    "Save as PNG…": "PNG olarak kaydet…",
    "Save as SVG…": "SVG olarak kaydet…",
    "Copy image": "Görüntüyü kopyala",
    "Copy as TSV (spreadsheet)": "TSV olarak kopyala (hesap tablosu)",
    "Copy as LaTeX bmatrix": "LaTeX bmatrix olarak kopyala",
    "Copy as Markdown table": "Markdown tablosu olarak kopyala",
    "Save {name} as PNG": "{name} grafiğini PNG olarak kaydet",
    "Save {name} as SVG": "{name} grafiğini SVG olarak kaydet",
    "Copied the {name} plot as an image": "{name} grafiği görüntü olarak kopyalandı",
    "Copied {name} as {format}": "{name}, {format} olarak kopyalandı",
    "Export screenshot": "Ekran görüntüsünü dışa aktar",
    "Export figure": "Şekli dışa aktar",
    "Figure size": "Şekil boyutu",
    "Export the matrices as CSV files into…": "Matrislerin CSV olarak aktarılacağı klasör…",
    "Saved {count} CSV files to {folder}": "{count} CSV dosyası kaydedildi: {folder}",
    "Export the result as JSON": "Sonucu JSON olarak dışa aktar",
    "Export lesson": "Dersi dışa aktar",
    "Cannot export the lesson": "Ders dışa aktarılamıyor",
    "Not saved: {reason}": "Kaydedilmedi: {reason}",
    "Cannot export": "Dışa aktarılamıyor",
    "{path} was not written: {reason}": "{path} yazılamadı: {reason}",
    "Saved {path}": "Kaydedildi: {path}",
    # ---------------------------------------------------------------- Export (dialogs) / Figure
    "{file} already exists. Replace it?": "{file} zaten var. Değiştirilsin mi?",
    "{count} files already exist ({names}). Replace them?": "{count} dosya zaten var ({names}). Değiştirilsinler mi?",
    "Replace files?": "Dosyalar değiştirilsin mi?",
    "As on screen ({pixels} px)": "Ekrandaki gibi ({pixels} piksel)",
    "{scale}× — for print ({pixels} px)": "{scale}× — baskı için ({pixels} piksel)",
    "Resolution:": "Çözünürlük:",
    "Encoder states H": "Kodlayıcı durumları H",
    "Inputs I": "Girdiler I",
    "Decoder states S": "Kod çözücü durumları S",
    "Queries Q = S·W_Q": "Sorgular Q = S·W_Q",
    "Queries Q = S": "Sorgular Q = S",
    "Queries Q = I": "Sorgular Q = I",
    "Keys K = H·W_K": "Anahtarlar K = H·W_K",
    "Keys K = H": "Anahtarlar K = H",
    "Keys K = I": "Anahtarlar K = I",
    "Values V = H·W_V": "Değerler V = H·W_V",
    "Values V = H": "Değerler V = H",
    "Values V = I": "Değerler V = I",
    "Weights = softmax(scores)": "Ağırlıklar = softmax(skorlar)",
    "Query weights W_Q": "Sorgu matrisi W_Q",
    "Key weights W_K": "Anahtar matrisi W_K",
    "Value weights W_V": "Değer matrisi W_V",
    "Score weights W_a": "Skor matrisi W_a",
    "Score vector v_a": "Skor vektörü v_a",
    "Weights set by hand": "Elle ayarlanan ağırlıklar",
    "Context = W · V, with the weights W set by hand": "Bağlam = W · V, W ağırlıkları elle ayarlandı",
    "Context = softmax(({scores}) / T) · V": "Bağlam = softmax(({scores}) / T) · V",
    "Context = softmax({scores}) · V": "Bağlam = softmax({scores}) · V",
    "causal mask: query i sees keys 1…i": "nedensel maske: sorgu i, 1…i anahtarlarını görür",
    "Made with qkv_gui": "qkv_gui ile yapıldı",
    "Attention, step by step": "Adım adım dikkat",
    # ---------------------------------------------------------------- GeometryView
    "queries": "sorgular",
    "keys": "anahtarlar",
    "context = Σ w·v": "bağlam = Σ w·v",
    "dimension 1 (d_k = 1)": "boyut 1 (d_k = 1)",
    "dimension 1": "boyut 1",
    "dimension 2": "boyut 2",
    "principal axis 1 (projection, {percent} % of the energy)":
        "temel eksen 1 (izdüşüm, enerjinin %{percent} kadarı)",
    "principal axis 2": "temel eksen 2",
    "principal axis 1 ({percent} % of the energy)": "temel eksen 1 (enerjinin %{percent} kadarı)",
    "principal axis 1 ({percent} %)": "temel eksen 1 (%{percent})",
    "axis 1 ({percent} %)": "eksen 1 (%{percent})",
    "axis 2": "eksen 2",
    "Drag the grey tips to move the inputs": "Girdileri taşımak için gri uçları sürükleyin",
    "Drag the input arrows when d = 2 (here d = {d})":
        "Girdi okları d = 2 iken sürüklenebilir (burada d = {d})",
    "inputs (drag)": "girdiler (sürükleyin)",
    "(masked)": "(maskeli)",
    "context: in the values' own plane": "bağlam: değerlerin kendi düzleminde",
    "score = q·k": "skor = q·k",
    "score = q·k / √d_k": "skor = q·k / √d_k",
    "score = cos(q, k)": "skor = cos(q, k)",
    "score = q·W_a·k": "skor = q·W_a·k",
    "score = v_a·tanh(W_a·[q; k])": "skor = v_a·tanh(W_a·[q; k])",
    "Drag input {label}": "{label} girdisini sürükle",
    "Drag decoder state {label}": "{label} kod çözücü durumunu sürükle",
    # ---------------------------------------------------------------- HeatmapView
    "key": "anahtar",
    "query": "sorgu",
    "dimension": "boyut",
    "Queries Q = S·W_Q (decoder)": "Sorgular Q = S·W_Q (kod çözücü)",
    "Queries Q = I·W_Q": "Sorgular Q = I·W_Q",
    "Queries Q (decoder states)": "Sorgular Q (kod çözücü durumları)",
    "Queries Q = inputs": "Sorgular Q = girdiler",
    "Keys K = H·W_K (encoder)": "Anahtarlar K = H·W_K (kodlayıcı)",
    "Keys K = I·W_K": "Anahtarlar K = I·W_K",
    "Keys K = encoder states": "Anahtarlar K = kodlayıcı durumları",
    "Keys K = inputs": "Anahtarlar K = girdiler",
    "Values V = H·W_V (encoder)": "Değerler V = H·W_V (kodlayıcı)",
    "Values V = I·W_V": "Değerler V = I·W_V",
    "Values V = encoder states": "Değerler V = kodlayıcı durumları",
    "Values V = inputs": "Değerler V = girdiler",
    "Scores = Q·Kᵀ": "Skorlar = Q·Kᵀ",
    "Scores = Q·Kᵀ / √d_k": "Skorlar = Q·Kᵀ / √d_k",
    "Scores = cos(Q, K)": "Skorlar = cos(Q, K)",
    "Scores = Q·W_a·Kᵀ": "Skorlar = Q·W_a·Kᵀ",
    "Scores = v_a·tanh([Q, K]·W_a)": "Skorlar = v_a·tanh([Q, K]·W_a)",
    "Scores = v_a·tanh([Q; K]·W_a)": "Skorlar = v_a·tanh([Q; K]·W_a)",
    "Weights (set by hand)": "Ağırlıklar (elle ayarlanan)",
    "Weights = softmax(scores / T)": "Ağırlıklar = softmax(skorlar / T)",
    "Context = weights · V": "Bağlam = ağırlıklar · V",
    # ---------------------------------------------------------------- LessonsMenu / LessonsPanel
    "&Lessons": "De&rsler",
    "&Previous lesson": "Ö&nceki ders",
    "&Next lesson": "&Sonraki ders",
    "L&eave lesson": "&Dersten çık",
    "Click a lesson to open it (Ctrl+1 … Ctrl+7).": "Açmak için bir derse tıklayın (Ctrl+1 … Ctrl+7).",
    "Try this": "Bunu deneyin",
    "◀ Previous": "◀ Önceki",
    "Open the previous lesson": "Önceki dersi aç",
    "Next ▶": "Sonraki ▶",
    "Open the next lesson": "Sonraki dersi aç",
    "Restart": "Sıfırla",
    "Load the lesson's starting state again": "Dersin başlangıç durumunu yeniden yükle",
    "Leave lesson": "Dersten çık",
    "Close the lesson and go back to your own session, as you left it":
        "Dersi kapat ve kendi oturumunuza, bıraktığınız gibi dönün",
    "Left the lesson: your own session is back.": "Dersten çıkıldı: kendi oturumunuz geri geldi.",
    "Lesson {number}: {title}": "Ders {number}: {title}",
    "Left the lesson: keep editing freely, or pick another lesson.":
        "Dersten çıkıldı: serbestçe düzenlemeye devam edin ya da başka bir ders seçin.",
    "Lesson done!": "Ders tamamlandı!",
    "Why do keys, queries and values work?": "Anahtarlar, sorgular ve değerler neden işe yarar?",
    "Seven short lessons answer it step by step. Each one loads an example, frames the plots that "
    "matter and gives you one thing to try; a green “Done!” appears when you have done it. Pick a "
    "lesson above or press Ctrl+1 … Ctrl+7. Your own session waits aside: leave the lesson to get "
    "it back as you left it.":
        "Yedi kısa ders bu soruyu adım adım yanıtlıyor. Her ders bir örnek yükler, önemli grafikleri "
        "çerçeveler ve size deneyeceğiniz tek bir şey verir; bunu yaptığınızda yeşil bir “Tamam!” "
        "belirir. Yukarıdan bir ders seçin ya da Ctrl+1 … Ctrl+7 tuşlarına basın. Kendi oturumunuz "
        "bir kenarda bekler: dersten çıktığınızda onu bıraktığınız gibi geri alırsınız.",
    "✓ Done!": "✓ Tamam!",
    "○ Not done yet: do the step above and watch this line.":
        "○ Henüz tamamlanmadı: yukarıdaki adımı yapın ve bu satırı izleyin.",
    "Lessons": "Dersler",
    # ---------------------------------------------------------------- MainWindow
    "Drag any number up or down to change it; hover a result to see how it was computed.":
        "Bir sayıyı değiştirmek için yukarı ya da aşağı sürükleyin; nasıl hesaplandığını görmek için "
        "bir sonucun üzerine gelin.",
    "Matrices": "Matrisler",
    "Geometry": "Geometri",
    "Explain": "Açıklama",
    # The compact layout's tabs: the weights as a matrix, or as bars for one query.
    "Matrix": "Matris",
    "Bars": "Çubuklar",
    "&Open…": "&Aç…",
    "Open a session file": "Bir oturum dosyası aç",
    "&Save": "&Kaydet",
    "Save the session": "Oturumu kaydet",
    "Save &As…": "&Farklı Kaydet…",
    "Save the session to a new file": "Oturumu yeni bir dosyaya kaydet",
    "&Quit": "&Çıkış",
    # QUndoStack appends " <step name>": "Geri al: Sıcaklığı değiştir".
    "&Undo": "&Geri al:",
    "&Redo": "&Yinele:",
    "Only the &last input": "Yalnızca &son girdi",
    "Weights [0, …, 0, 1]: the classic seq2seq context vector":
        "Ağırlıklar [0, …, 0, 1]: klasik seq2seq bağlam vektörü",
    "Next query": "Sonraki sorgu",
    "Previous query": "Önceki sorgu",
    "&File": "&Dosya",
    "Open &Recent": "S&on açılanlar",
    "&Edit": "Düz&en",
    "&Presets": "&Hazır örnekler",
    "Open the preset “{name}”": "“{name}” hazır örneğini aç",
    "&View": "&Görünüm",
    "&Help": "&Yardım",
    "&About qkv_gui": "qkv_gui &hakkında",
    "(no recent files)": "(son dosya yok)",
    "About qkv_gui": "qkv_gui hakkında",
    "<b>qkv_gui</b> shows how attention works: queries, keys and values, scores, softmax weights and "
    "context vectors, live.<br><br>Drag any number with the mouse (Shift: fine, Ctrl: coarse) and "
    "watch every step follow.":
        "<b>qkv_gui</b> dikkatin nasıl çalıştığını canlı olarak gösterir: sorgular, anahtarlar ve "
        "değerler, skorlar, softmax ağırlıkları ve bağlam vektörleri.<br><br>Herhangi bir sayıyı "
        "fareyle sürükleyin (Shift: ince, Ctrl: kaba adım) ve her adımın onu izlemesini seyredin.",
    "Untitled": "Adsız",
    "{name}[*] — qkv_gui": "{name}[*] — qkv_gui",
    "Unsaved changes": "Kaydedilmemiş değişiklikler",
    "The session has unsaved changes. Save them first?":
        "Oturumda kaydedilmemiş değişiklikler var. Önce kaydedilsin mi?",
    "Open session": "Oturum aç",
    "Cannot open the session": "Oturum açılamıyor",
    "{file} was not opened: {reason}": "{file} açılamadı: {reason}",
    "Not opened: {reason}": "Açılmadı: {reason}",
    "Opened {path}": "Açıldı: {path}",
    "Opened the preset “{name}”": "“{name}” hazır örneği açıldı",
    "Save session": "Oturumu kaydet",
    "Cannot save the session": "Oturum kaydedilemiyor",
    "The session was not saved: {reason}": "Oturum kaydedilmedi: {reason}",
    # ---------------------------------------------------------------- MatrixEditor
    "Add token": "Belirteç ekle",
    "Add a token (a new input row of zeros)": "Belirteç ekle (sıfırlardan oluşan yeni bir girdi satırı)",
    "Remove selected token": "Seçili belirteci kaldır",
    "Remove the selected token(s)": "Seçili belirteç(ler)i kaldır",
    "Decrease d": "d değerini azalt",
    "d −": "d −",
    "Remove the last dimension (d − 1)": "Son boyutu kaldır (d − 1)",
    "Increase d": "d değerini artır",
    "d +": "d +",
    "Add a dimension of zeros (d + 1)": "Sıfırlardan oluşan bir boyut ekle (d + 1)",
    "Add decoder state": "Kod çözücü durumu ekle",
    "Add a decoder state (a new query)": "Kod çözücü durumu ekle (yeni bir sorgu)",
    "Remove selected decoder state": "Seçili kod çözücü durumunu kaldır",
    "Remove the selected decoder state(s)": "Seçili kod çözücü durum(lar)ını kaldır",
    "Decrease d_k": "d_k değerini azalt",
    "d_k −": "d_k −",
    "Remove the last column of W_Q and W_K (d_k − 1)":
        "W_Q ve W_K matrislerinin son sütununu kaldır (d_k − 1)",
    "Increase d_k": "d_k değerini artır",
    "d_k +": "d_k +",
    "Add a column of zeros to W_Q and W_K (d_k + 1)":
        "W_Q ve W_K matrislerine sıfırlardan oluşan bir sütun ekle (d_k + 1)",
    "Decrease d_v": "d_v değerini azalt",
    "d_v −": "d_v −",
    "Remove the last column of W_V (d_v − 1)": "W_V matrisinin son sütununu kaldır (d_v − 1)",
    "Increase d_v": "d_v değerini artır",
    "d_v +": "d_v +",
    "Add a column of zeros to W_V (d_v + 1)": "W_V matrisine sıfırlardan oluşan bir sütun ekle (d_v + 1)",
    "Copy": "Kopyala",
    "Copy the selection as tab-separated values": "Seçimi sekmeyle ayrılmış değerler olarak kopyala",
    "Paste": "Yapıştır",
    "Paste a block of numbers (e.g. from a spreadsheet) at the current cell":
        "Bir sayı bloğunu (ör. bir hesap tablosundan) geçerli hücreye yapıştır",
    "Set to zero": "Sıfır yap",
    "Set the selected cells to 0": "Seçili hücreleri 0 yap",
    "Copy the selection (or the whole matrix) as a LaTeX bmatrix":
        "Seçimi (ya da tüm matrisi) LaTeX bmatrix olarak kopyala",
    "Copy the selection (or the whole matrix) as a Markdown table":
        "Seçimi (ya da tüm matrisi) Markdown tablosu olarak kopyala",
    "{rows} × {cols}": "{rows} × {cols}",
    "Inputs I (n × d)": "Girdiler I (n × d)",
    "W_Q (d × d_k)": "W_Q (d × d_k)",
    "W_K (d × d_k)": "W_K (d × d_k)",
    "W_V (d × d_v)": "W_V (d × d_v)",
    "W_a (2·d_k × h)": "W_a (2·d_k × h)",
    "W_a (d_k × d_k)": "W_a (d_k × d_k)",
    "v_a (1 × h)": "v_a (1 × h)",
    "Drag {name}[{row},{col}]": "{name}[{row},{col}] hücresini sürükle",
    "Rename token": "Belirteci yeniden adlandır",
    "Remove token": "Belirteci kaldır",
    "Remove decoder state": "Kod çözücü durumunu kaldır",
    "Change d to {d}": "d değerini {d} yap",
    "Change d_k to {d_k}": "d_k değerini {d_k} yap",
    "Change d_v to {d_v}": "d_v değerini {d_v} yap",
    "Paste refused: “{text}” is not a number; nothing was changed":
        "Yapıştırma reddedildi: “{text}” bir sayı değil; hiçbir şey değiştirilmedi",
    "Paste into {name}": "{name} matrisine yapıştır",
    "Set {name} to zero": "{name} hücrelerini sıfır yap",
    # ---------------------------------------------------------------- MatrixTableModel
    "{row}, {col}: {value} — drag up/right to change, double-click to type":
        "{row}, {col}: {value} — değiştirmek için yukarı/sağa sürükleyin, yazmak için çift tıklayın",
    "Click to select this query; double-click to rename the token":
        "Bu sorguyu seçmek için tıklayın; belirteci yeniden adlandırmak için çift tıklayın",
    "Click to select this query": "Bu sorguyu seçmek için tıklayın",
    "“{text}” is not a number — the value stays {value}": "“{text}” bir sayı değil — değer {value} olarak kalıyor",
    "Edit {name}[{row},{col}]": "{name}[{row},{col}] hücresini düzenle",
    # ---------------------------------------------------------------- PlotExportButton / SizeDialog
    "Export this plot: PNG, SVG, copy": "Bu grafiği dışa aktar: PNG, SVG, kopyala",
    "Keep the proportions": "Oranları koru",
    "Width:": "Genişlik:",
    "Height:": "Yükseklik:",
    # ---------------------------------------------------------------- StepToolBar
    "Step through": "Adım adım",
    "First step": "İlk adım",
    "Previous step": "Önceki adım",
    "Play / pause": "Oynat / duraklat",
    "Next step": "Sonraki adım",
    "Last step": "Son adım",
    "Stop": "Durdur",
    "Stop and clear the highlighted path": "Durdur ve vurgulanan yolu temizle",
    "The order of the computation for the selected query: its query vector, every key and value, its "
    "scores, the softmax weights, its context vector.":
        "Seçili sorgu için hesaplama sırası: sorgu vektörü, her anahtar ve değer, skorları, softmax "
        "ağırlıkları ve bağlam vektörü.",
    "The cell being computed has a thick dark frame; the cells it is computed from are tinted magenta "
    "with a dashed frame. The Explain panel shows the arithmetic.":
        "Hesaplanan hücrenin kalın, koyu bir çerçevesi vardır; onu hesaplamakta kullanılan hücreler "
        "macenta renkli ve kesik çizgili çerçevelidir. İşlemleri Açıklama paneli gösterir.",
    "Play speed: right is faster": "Oynatma hızı: sağa doğru daha hızlı",
    "Speed:": "Hız:",
    "{count} steps: press ▶ (F5) to play or ▶| (F6) to step":
        "{count} adım: ▶ (F5) oynatır, ▶| (F6) bir adım ilerletir",
    "Step {index}/{count} · {formula}": "Adım {index}/{count} · {formula}",
    "softmax": "softmax",
    "context": "bağlam",
    "Query {query}: {path}": "Sorgu {query}: {path}",
    "{cell}: masked by the causal mask": "{cell}: nedensel maskeyle gizlendi",
    # ---------------------------------------------------------------- SvdPanel
    "I = U Σ Vᵀ: each right singular vector v_k is a direction the inputs vary along (a “topic”); σ_k² "
    "says how much of the inputs lies along it.":
        "I = U Σ Vᵀ: her sağ tekil vektör v_k, girdilerin boyunca değiştiği bir yöndür (bir “konu”); "
        "σ_k² girdilerin ne kadarının bu yönde olduğunu söyler.",
    "How many topic directions to keep: V_m holds the first m right singular vectors, so a projected "
    "vector has m numbers.":
        "Kaç konu yönünün tutulacağı: V_m ilk m sağ tekil vektörü içerir, bu yüzden izdüşürülmüş bir "
        "vektör m sayıdan oluşur.",
    "Keep the top m directions:": "İlk m yönü tut:",
    "Set W_Q = W_K = V_m (and W_V = identity) and turn the projections on, as one undo step: attention "
    "then compares the inputs in the topic space.":
        "W_Q = W_K = V_m (ve W_V = birim matris) yap ve izdüşümleri aç, hepsi tek geri alma adımında: "
        "dikkat, girdileri artık konu uzayında karşılaştırır.",
    "Each input x at (x·v₁, x·v₂): its strength in the first two topics. The colour is the topic it "
    "leans on most.":
        "Her girdi x, (x·v₁, x·v₂) noktasında: ilk iki konudaki gücü. Renk, en çok ağır bastığı konuyu "
        "gösterir.",
    "cosine": "kosinüs",
    "dot product": "nokta çarpımı",
    "How to compare two inputs: cosine = direction only (−1 … 1), dot = direction and length.":
        "İki girdi nasıl karşılaştırılır: kosinüs = yalnızca yön (−1 … 1), nokta = yön ve uzunluk.",
    "Compatibility of the inputs:": "Girdilerin uyumluluğu:",
    "Singular values: share of Σ σ² per direction": "Tekil değerler: her yönün Σ σ² içindeki payı",
    "energy %": "enerji (%)",
    "Inputs in the topic space (colour = topic)": "Konu uzayındaki girdiler (renk = konu)",
    "topic 1: x·v₁": "konu 1: x·v₁",
    "topic 2: x·v₂": "konu 2: x·v₂",
    "Use the topic space: W_Q = W_K = V_{m}": "Konu uzayını kullan: W_Q = W_K = V_{m}",
    "σ = {sigma}\n{share} %": "σ = {sigma}\n%{share}",
    "keeps {share} % of Σ σ²": "Σ σ² değerinin %{share} kadarını tutar",
    "Use as W_Q = W_K = V_{m}": "W_Q = W_K = V_{m} olarak kullan",
    "cos": "cos",
    "dot": "nokta",
    "before: {name}(x_i, x_j)": "önce: {name}(x_i, x_j)",
    "after: {name}(x_i·V_{m}, x_j·V_{m})": "sonra: {name}(x_i·V_{m}, x_j·V_{m})",
    "in use: W_Q = W_K = V_{m} ✓": "kullanımda: W_Q = W_K = V_{m} ✓",
    # ---------------------------------------------------------------- TrainPanel
    "Training moves W_Q and W_K by gradient descent until the softmax weights match the target T. "
    "Loss = Σ T·log(T / weights) / m, 0 when they match.":
        "Eğitim, softmax ağırlıkları hedef T ile eşleşene kadar W_Q ve W_K matrislerini gradyan "
        "inişiyle değiştirir. Kayıp = Σ T·log(T / ağırlıklar) / m; eşleştiklerinde 0 olur.",
    "attend to itself": "kendine dikkat et",
    "attend to the previous token": "önceki belirtece dikkat et",
    "attend to the same topic": "aynı konuya dikkat et",
    "the weights I set by hand": "elle ayarladığım ağırlıklar",
    "Paint your own target: tick “Set weights by hand” in the toolbar and drag or type the numbers in "
    "the “Weights (set by hand)” table (each row sums to 1), then pick “the weights I set by hand” and "
    "press Train. Training drops the hand-set weights and learns W_Q, W_K whose softmax weights match "
    "them.":
        "Kendi hedefinizi çizin: araç çubuğunda “Ağırlıkları elle ayarla” kutusunu işaretleyin, "
        "“Ağırlıklar (elle ayarlanan)” tablosundaki sayıları sürükleyin ya da yazın (her satırın "
        "toplamı 1), sonra “elle ayarladığım ağırlıklar” seçeneğini seçip Eğit düğmesine basın. Eğitim "
        "elle ayarlanan ağırlıkları bırakır ve softmax ağırlıkları bunlarla eşleşen W_Q, W_K "
        "matrislerini öğrenir.",
    "The attention pattern T to learn: each query attends to itself, to the token before it, or evenly "
    "to the tokens of its topic (from the SVD of the inputs).":
        "Öğrenilecek dikkat örüntüsü T: her sorgu ya kendine, ya kendinden önceki belirtece ya da "
        "kendi konusundaki belirteçlere eşit olarak dikkat eder (konular girdilerin SVD'sinden gelir).",
    "Adam": "Adam",
    "gradient descent": "gradyan inişi",
    "Gradient descent: W ← W − η·∂L/∂W. Adam scales each step by running averages of the gradient, so "
    "every number moves by about η per step.":
        "Gradyan inişi: W ← W − η·∂L/∂W. Adam her adımı gradyanın hareketli ortalamalarıyla ölçekler; "
        "böylece her sayı adım başına yaklaşık η kadar değişir.",
    "The learning rate η: how far one step moves W_Q and W_K. The arrows step through 1, 2, 5 × 10^k; "
    "it can be changed while training.":
        "Öğrenme oranı η: bir adımın W_Q ve W_K matrislerini ne kadar değiştirdiği. Oklar 1, 2, 5 × "
        "10^k değerleri arasında ilerler; eğitim sırasında da değiştirilebilir.",
    "Target:": "Hedef:",
    "Optimizer:": "Optimize edici:",
    "rate η:": "oran η:",
    "Train / Pause": "Eğit / Duraklat",
    "Train: gradient steps, live, until the loss is below {goal} or after {steps} steps. Pause makes "
    "the whole run one undo step. (Space)":
        "Eğit: kayıp {goal} altına inene kadar ya da {steps} adım boyunca canlı gradyan adımları. "
        "Duraklatınca tüm çalışma tek geri alma adımı olur. (Space)",
    "Step once": "Tek adım",
    "One gradient step (one undo step).": "Tek bir gradyan adımı (tek geri alma adımı).",
    "Reset": "Sıfırla",
    "Back to the session before training started.": "Eğitim başlamadan önceki oturuma dön.",
    "Loss (log scale)": "Kayıp (log ölçek)",
    "step": "adım",
    "goal {goal}": "hedef {goal}",
    "Target T (rows: queries, columns: keys)": "Hedef T (satırlar: sorgular, sütunlar: anahtarlar)",
    "The loss is already below {goal}: the weights match the target. Pick another target or press "
    "Reset.":
        "Kayıp zaten {goal} altında: ağırlıklar hedefle eşleşiyor. Başka bir hedef seçin ya da Sıfırla "
        "düğmesine basın.",
    "Train W_Q, W_K": "W_Q, W_K matrislerini eğit",
    "Training step": "Eğitim adımı",
    "Reset training": "Eğitimi sıfırla",
    "Reset: back to the session before training.": "Sıfırla: eğitimden önceki oturuma dön.",
    "There are no hand-set weights to learn: tick “Set weights by hand” in the toolbar, set the weights "
    "you want, then train.":
        "Öğrenilecek elle ayarlanmış ağırlık yok: araç çubuğunda “Ağırlıkları elle ayarla” kutusunu "
        "işaretleyin, istediğiniz ağırlıkları ayarlayın, sonra eğitin.",
    "Training produced matrices that cannot be computed; lower the learning rate and press Reset.":
        "Eğitim hesaplanamayan matrisler üretti; öğrenme oranını düşürün ve Sıfırla düğmesine basın.",
    "The loss is no longer a finite number: lower the learning rate and press Reset.":
        "Kayıp artık sonlu bir sayı değil: öğrenme oranını düşürün ve Sıfırla düğmesine basın.",
    "The loss is below {goal} after {steps} steps: training stopped. Undo takes the whole run back.":
        "{steps} adımdan sonra kayıp {goal} altında: eğitim durdu. Geri al, tüm çalışmayı geri alır.",
    "Stopped after {steps} steps with the loss at {loss}. Press Train to go on, or try another learning "
    "rate.":
        "{steps} adımdan sonra durdu, kayıp {loss}. Devam etmek için Eğit düğmesine basın ya da başka "
        "bir öğrenme oranı deneyin.",
    "Pick dot, scaled dot or general under Score to train.":
        "Eğitmek için Skor altında nokta, ölçekli nokta ya da genel seçin.",
    "Training paused: the session was changed.": "Eğitim duraklatıldı: oturum değiştirildi.",
    "not training": "eğitim yapılmıyor",
    "Set weights by hand first (toolbar: “Set weights by hand”): they become the target.":
        "Önce ağırlıkları elle ayarlayın (araç çubuğu: “Ağırlıkları elle ayarla”): bunlar hedef olur.",
    "loss {loss}": "kayıp {loss}",
    "step {step}": "adım {step}",
    "paused at step {step}": "duraklatıldı, adım {step}",
    "Pause ❚❚": "Duraklat ❚❚",
    "Train ▶": "Eğit ▶",
    "Training paused so you can edit.": "Düzenleyebilmeniz için eğitim duraklatıldı.",
    # ---------------------------------------------------------------- WeightsBarView
    "weight": "ağırlık",
    "Weights of query “{label}” (set by hand)": "“{label}” sorgusunun ağırlıkları (elle ayarlanan)",
    "“{label}” (set by hand)": "“{label}” (elle ayarlanan)",
    "Weights of query “{label}” (sum = 1)": "“{label}” sorgusunun ağırlıkları (toplam = 1)",
    "Weights of “{label}”": "“{label}” için ağırlıklar",
    # ---------------------------------------------------------------- explain (core notes)
    "Projection is off: the {what} are the raw {source} vectors.":
        "İzdüşüm kapalı: {what}, ham {source} vektörleridir.",
    "{name} = {source} · {weight}: row {row} of the {source_name} times column {col} of {weight}.":
        "{name} = {source} · {weight}: {source_name} içindeki {row}. satır çarpı {weight} içindeki "
        "{col}. sütun.",
    "In seq2seq attention the keys and the values are both the encoder states.":
        "Seq2seq dikkatinde anahtarlar da değerler de kodlayıcı durumlarıdır.",
    "Dividing by √d_k = √{d_k} keeps the scores from growing with the dimension.":
        "√d_k = √{d_k} ile bölmek, skorların boyutla birlikte büyümesini önler.",
    "One of the vectors is zero, so the cosine is defined as 0.":
        "Vektörlerden biri sıfır olduğu için kosinüs 0 kabul edilir.",
    "Scores are divided by the temperature T = {t} before the softmax.":
        "Skorlar softmax'tan önce T = {t} sıcaklığına bölünür.",
    "Masked by the causal mask: query {row} may only look at inputs 1..{row}.":
        "Nedensel maskeyle gizlendi: {row}. sorgu yalnızca 1..{row} girdilerine bakabilir.",
    "This weight was set by hand (weights override), so the softmax is not used.":
        "Bu ağırlık elle ayarlandı (ağırlıkların üzerine yazıldı), bu yüzden softmax kullanılmıyor.",
    "Softmax turns the scores of query {row} into weights that sum to 1.":
        "Softmax, {row} sorgusunun skorlarını toplamı 1 olan ağırlıklara dönüştürür.",
    "The context vector is the weighted sum of the values.": "Bağlam vektörü, değerlerin ağırlıklı toplamıdır.",
    "With weight 1 on the last input the context is just its value: the classic seq2seq context vector.":
        "Son girdinin ağırlığı 1 olduğunda bağlam doğrudan onun değeridir: klasik seq2seq bağlam vektörü.",
    # ---------------------------------------------------------------- lesson_file (core errors)
    'the file is not a qkv-gui lesson: it must hold a JSON object with "format": "{format}"':
        'dosya bir qkv-gui dersi değil: "format": "{format}" içeren bir JSON nesnesi olmalı',
    'unknown lesson "{name}"; the lessons are: {names}': 'bilinmeyen ders "{name}"; dersler şunlar: {names}',
    "panel must be the name of a panel (a short string) or null, not {got}":
        "panel bir panelin adı (kısa bir metin) ya da null olmalı; {got} değil",
    "{key} is missing from the lesson file": "ders dosyasında {key} eksik",
    # ---------------------------------------------------------------- lessons (core lesson texts)
    "Attention in a seq2seq model": "Bir seq2seq modelinde dikkat",
    "A seq2seq encoder squeezes the whole input into one vector, which is not enough for long inputs. "
    "Attention lets the decoder use all the encoder states h1…h4. The query is the decoder state s, and "
    "the keys and the values are the encoder states themselves. score(s, h_j) = s·h_j measures how well "
    "they fit, weight_j = exp(score_j) / Σ_k exp(score_k) turns the scores into weights that sum to 1, "
    "and context = Σ_j weight_j h_j is the weighted sum of the values.":
        "Bir seq2seq kodlayıcısı tüm girdiyi tek bir vektöre sıkıştırır; bu, uzun girdiler için yeterli "
        "değildir. Dikkat, kod çözücünün tüm kodlayıcı durumlarını (h1…h4) kullanmasını sağlar. Sorgu, "
        "kod çözücü durumu s; anahtarlar ve değerler ise kodlayıcı durumlarının kendileridir. "
        "score(s, h_j) = s·h_j ne kadar uyuştuklarını ölçer, weight_j = exp(score_j) / Σ_k exp(score_k) "
        "skorları toplamı 1 olan ağırlıklara dönüştürür ve context = Σ_j weight_j h_j değerlerin "
        "ağırlıklı toplamıdır.",
    "Edit the decoder state s1 so that h4 gets the most weight (hint: make s1 point like h4 = [0, 5, "
    "1], e.g. s1 = [0, 10, 0]).":
        "Kod çözücü durumu s1'i, en çok ağırlığı h4 alacak şekilde düzenleyin (ipucu: s1'i h4 = [0, 5, "
        "1] ile aynı yöne çevirin, ör. s1 = [0, 10, 0]).",
    "Only the last input: the classic seq2seq context": "Yalnızca son girdi: klasik seq2seq bağlamı",
    "Force the weight of the last input to 1 and all earlier weights to 0: context = 0·h1 + 0·h2 + "
    "0·h3 + 1·h4 = h4. Attention then reduces to the original seq2seq model, whose decoder only sees "
    "the last encoder state; nothing before it is attended to.":
        "Son girdinin ağırlığını 1'e, önceki tüm ağırlıkları 0'a sabitleyin: context = 0·h1 + 0·h2 + "
        "0·h3 + 1·h4 = h4. Dikkat bu durumda, kod çözücüsü yalnızca son kodlayıcı durumunu gören özgün "
        "seq2seq modeline indirgenir; ondan öncekilerin hiçbirine dikkat edilmez.",
    'Compare the context with h4: they are equal. Drag the last weight below 1 and watch the earlier '
    'states mix in, then press "Only the last input" to get h4 back.':
        "Bağlamı h4 ile karşılaştırın: eşitler. Son ağırlığı 1'in altına sürükleyin ve önceki "
        'durumların karışmasını izleyin, sonra h4\'ü geri almak için "Yalnızca son girdi" düğmesine '
        "basın.",
    "Self-attention: Q, K and V are transforms of the inputs": "Öz-dikkat: Q, K ve V girdilerin dönüşümleridir",
    "In self-attention every input x_i asks and answers. The inputs I (one row per token) are "
    "multiplied by three matrices: Q = I·W_Q, K = I·W_K, V = I·W_V. Then score_ij = q_i·k_j, softmax "
    "gives the weights and context_i = Σ_j weight_ij v_j. We could use the raw vectors directly, so why "
    "transform? Because the matrices decide what each token looks for (its query), what it offers (its "
    "key) and what it passes on (its value), and W_Q and W_K may differ.":
        "Öz-dikkatte her girdi x_i hem sorar hem yanıtlar. Girdiler I (her belirteç için bir satır) üç "
        "matrisle çarpılır: Q = I·W_Q, K = I·W_K, V = I·W_V. Ardından score_ij = q_i·k_j olur, softmax "
        "ağırlıkları verir ve context_i = Σ_j weight_ij v_j. Ham vektörleri doğrudan kullanabilirdik; "
        "öyleyse neden dönüştürelim? Çünkü matrisler her belirtecin ne aradığını (sorgusu), ne "
        "sunduğunu (anahtarı) ve neyi aktardığını (değeri) belirler; ayrıca W_Q ile W_K farklı olabilir.",
    "Edit W_Q so that x1 gives itself more than half of its weight. q1 = x1·W_Q is row 1 plus row 3 of "
    "W_Q; hint: set row 1 of W_Q to [-2, 0, 1].":
        "W_Q matrisini, x1 ağırlığının yarısından fazlasını kendine verecek şekilde düzenleyin. "
        "q1 = x1·W_Q, W_Q matrisinin 1. ve 3. satırlarının toplamıdır; ipucu: W_Q matrisinin 1. "
        "satırını [-2, 0, 1] yapın.",
    "Raw vectors or projected ones?": "Ham vektörler mi, izdüşürülmüş olanlar mı?",
    "Without the projection score_ij = x_i·x_j / √d: the scores are symmetric, and a vector is usually "
    "most similar to itself, so most words attend mainly to themselves. With the projection score_ij = "
    "(x_i W_Q)·(x_j W_K) / √d_k: the matrices choose which features count, so a word can look for a "
    "different word.":
        "İzdüşüm olmadan score_ij = x_i·x_j / √d: skorlar simetriktir ve bir vektör genellikle en çok "
        "kendine benzer; bu yüzden çoğu sözcük esas olarak kendine dikkat eder. İzdüşümle score_ij = "
        "(x_i W_Q)·(x_j W_K) / √d_k: hangi özelliklerin önemli olduğunu matrisler seçer; böylece bir "
        "sözcük başka bir sözcüğü arayabilir.",
    "Switch the projection off and compare the scores and the weights with the projected ones (or use "
    "the raw vs. projected comparison).":
        "İzdüşümü kapatın; skorları ve ağırlıkları izdüşürülmüş olanlarla karşılaştırın (ya da "
        "ham / izdüşürülmüş karşılaştırmasını kullanın).",
    "The SVD topic space": "SVD konu uzayı",
    "Seven users rate five movies (The Matrix, Alien, Star Wars, Casablanca, Titanic). The SVD I = U Σ "
    "Vᵀ finds the directions the ratings really vary in: only two singular values are non-zero, and the "
    "first two columns of V are the topics sci-fi and romance. Multiplying by V_2 maps each user to 2 "
    "numbers, a strength per topic, so users with the same taste line up on the same axis. A matrix "
    "like W_Q = W_K = V_2 gives attention a better space to measure compatibility in.":
        "Yedi kullanıcı beş filme puan veriyor (The Matrix, Alien, Star Wars, Casablanca, Titanic). "
        "SVD I = U Σ Vᵀ, puanların gerçekten değiştiği yönleri bulur: yalnızca iki tekil değer sıfırdan "
        "farklıdır ve V'nin ilk iki sütunu bilimkurgu ve romantik film konularıdır. V_2 ile çarpmak her "
        "kullanıcıyı 2 sayıya, yani konu başına bir güce eşler; böylece aynı zevke sahip kullanıcılar "
        "aynı eksen üzerinde sıralanır. W_Q = W_K = V_2 gibi bir matris, dikkate uyumluluğu ölçmek için "
        "daha iyi bir uzay sağlar.",
    "In the SVD panel keep m = 2 and set W_Q = W_K = V_2. The queries become 2-D and the sci-fi and "
    "romance fans line up on two axes; the scores do not change, because the two topics hold all of "
    "the ratings.":
        "SVD panelinde m = 2 değerini koruyun ve W_Q = W_K = V_2 yapın. Sorgular 2 boyutlu olur; "
        "bilimkurgu ve romantik film hayranları iki eksen üzerinde sıralanır. Skorlar değişmez, çünkü "
        "iki konu puanların tamamını taşır.",
    "Projections change the dimension: 5 → 2": "İzdüşümler boyutu değiştirir: 5 → 2",
    "W_Q and W_K here are 5 × 2, so each 5-D input becomes a 2-D query and a 2-D key: q_i = x_i·W_Q. A "
    "projection can change the dimension, from n to m numbers per vector (here from 5 to 2), so the "
    "geometry plot shows the queries and the keys exactly: a key gets a high score when it points the "
    "same way as the query.":
        "Burada W_Q ve W_K 5 × 2 boyutludur; böylece her 5 boyutlu girdi 2 boyutlu bir sorgu ve 2 "
        "boyutlu bir anahtar olur: q_i = x_i·W_Q. Bir izdüşüm boyutu değiştirebilir: vektör başına n "
        "sayıdan m sayıya (burada 5'ten 2'ye). Bu yüzden geometri grafiği sorguları ve anahtarları tam "
        "olarak gösterir: bir anahtar, sorguyla aynı yöne baktığında yüksek skor alır.",
    'Edit W_K so that "the" gives "robot" the most weight: make the key of robot point like the query '
    'of "the" (hint: change row 5 of W_K to [1, 0]).':
        'W_K matrisini, "the" belirteci en çok ağırlığı "robot" belirtecine verecek şekilde düzenleyin: '
        'robot belirtecinin anahtarını "the" belirtecinin sorgusuyla aynı yöne çevirin (ipucu: W_K '
        "matrisinin 5. satırını [1, 0] yapın).",
    "The matrices are learned": "Matrisler öğrenilir",
    "Nobody tunes W_Q and W_K by hand in a real network: they are learned. Pick a target pattern T and "
    "training lowers the loss L = (1/m) Σ_i Σ_j T_ij log(T_ij / weight_ij) by gradient descent: W ← W "
    "− η ∂L/∂W, with ∂L/∂score = (weight − T)/m.":
        "Gerçek bir ağda kimse W_Q ve W_K matrislerini elle ayarlamaz: bunlar öğrenilir. Bir hedef "
        "örüntü T seçin; eğitim, L = (1/m) Σ_i Σ_j T_ij log(T_ij / weight_ij) kaybını gradyan inişiyle "
        "düşürür: W ← W − η ∂L/∂W, burada ∂L/∂score = (weight − T)/m.",
    'In the Train panel pick "attend to the previous token" and press Train: watch the loss fall and '
    "the weights move to the cell left of the diagonal.":
        'Eğitim panelinde "önceki belirtece dikkat et" seçeneğini seçin ve Eğit düğmesine basın: kaybın '
        "düştüğünü ve ağırlıkların köşegenin solundaki hücreye kaydığını izleyin.",
    "h4 gets the most weight now: the decoder state points the same way as h4, so their dot product is "
    "the largest score.":
        "Artık en çok ağırlığı h4 alıyor: kod çözücü durumu h4 ile aynı yöne bakıyor, bu yüzden nokta "
        "çarpımları en büyük skor.",
    "The context is exactly h4: with weights [0, …, 0, 1] attention is the classic seq2seq context "
    "vector.":
        "Bağlam tam olarak h4: [0, …, 0, 1] ağırlıklarıyla dikkat, klasik seq2seq bağlam vektörüdür.",
    "x1 gives itself more than half of its weight now: W_Q changed what x1 looks for.":
        "x1 artık ağırlığının yarısından fazlasını kendine veriyor: W_Q, x1'in ne aradığını değiştirdi.",
    "These are the raw scores: symmetric, and most words attend to themselves. Switch the projection "
    "back on to compare.":
        "Bunlar ham skorlar: simetrik ve çoğu sözcük kendine dikkat ediyor. Karşılaştırmak için "
        "izdüşümü yeniden açın.",
    "Queries and keys live in the 2-D topic space now: sci-fi fans and romance fans line up on two "
    "axes.":
        "Sorgular ve anahtarlar artık 2 boyutlu konu uzayında: bilimkurgu hayranları ve romantik film "
        "hayranları iki eksen üzerinde sıralanıyor.",
    "“the” attends to “robot” now: the key of robot points like the query of “the”.":
        "Artık “the”, “robot” belirtecine dikkat ediyor: robot belirtecinin anahtarı, “the” "
        "belirtecinin sorgusuyla aynı yöne bakıyor.",
    "Every token gives most of its weight to the token before it: W_Q and W_K were learned, not set by "
    "hand.":
        "Her belirteç ağırlığının çoğunu kendinden önceki belirtece veriyor: W_Q ve W_K elle "
        "ayarlanmadı, öğrenildi.",
    # ---------------------------------------------------------------- panel (dock titles)
    "SVD topic space": "SVD konu uzayı",
    "Train": "Eğitim",
    "qkv_gui sessions (*.json);;All files (*)": "qkv_gui oturumları (*.json);;Tüm dosyalar (*)",
    # ---------------------------------------------------------------- session (core errors)
    'the file is not a qkv-gui session: it must hold a JSON object with "format": "{format}"':
        'dosya bir qkv-gui oturumu değil: "format": "{format}" içeren bir JSON nesnesi olmalı',
    "version {got} is not supported; this program reads session files of version {supported}":
        "{got} sürümü desteklenmiyor; bu program {supported} sürümündeki oturum dosyalarını okur",
    "the file is not valid JSON: {detail} at line {line}, column {column}":
        "dosya geçerli bir JSON değil: {detail} ({line}. satır, {column}. sütun)",
    "the file is not valid UTF-8 text: bad byte at line {line}, column {column}":
        "dosya geçerli bir UTF-8 metni değil: {line}. satır, {column}. sütunda hatalı bayt",
    "the file is nested too deeply to be a session file":
        "dosya, bir oturum dosyası olamayacak kadar derin iç içe yapıda",
    'the key "{key}" appears twice in the same object': '"{key}" anahtarı aynı nesnede iki kez geçiyor',
    'unknown key "{key}" in {where}': '{where} içinde bilinmeyen anahtar: "{key}"',
    "{key} is missing from the session file": "oturum dosyasında {key} eksik",
    "projection.{key} is required when the projection is enabled":
        "izdüşüm açıkken projection.{key} gereklidir",
    "{key} must be {expected}, not {got}": "{key} {expected} olmalı; {got} değil",
    "mode must be one of {choices}, not {got}": "mode şunlardan biri olmalı: {choices}; {got} değil",
    "score.kind must be one of {choices}, not {got}": "score.kind şunlardan biri olmalı: {choices}; {got} değil",
    "{key} is only allowed in {mode} mode": "{key} yalnızca {mode} modunda kullanılabilir",
    "{key} must be a list of rows, each a list of numbers, not {got}":
        "{key}, her biri bir sayı listesi olan satırlardan oluşan bir liste olmalı; {got} değil",
    "{key} must be a list of numbers, not {got}": "{key} bir sayı listesi olmalı; {got} değil",
    "{key} is empty": "{key} boş",
    "{key} row {row} has {count} numbers but row 1 has {first}":
        "{key} içinde {row}. satırda {count} sayı var, ama 1. satırda {first} sayı var",
    "{key} must be a number, not {got}": "{key} bir sayı olmalı; {got} değil",
    "{key} is not a finite number": "{key} sonlu bir sayı değil",
    "score.temperature must be greater than 0, got {got}":
        "score.temperature 0'dan büyük olmalı; verilen değer: {got}",
    "labels has {count} names but inputs has {n} rows":
        "labels içinde {count} ad var, ama inputs içinde {n} satır var",
    "weights_override row {row} has a negative weight, {got}":
        "weights_override içinde {row}. satırda negatif bir ağırlık var: {got}",
    "weights_override row {row} sums to {total}, not 1":
        "weights_override içinde {row}. satırın toplamı 1 değil, {total}",
    "the causal mask hides input {col} from query {row}: its weight stays 0":
        "nedensel maske {col}. girdiyi {row}. sorgudan gizler: ağırlığı 0 kalır",
    "{detail}": "{detail}",
    "cannot {action} {path}: {reason}": "{path} için {action} işlemi yapılamadı: {reason}",
    'unknown preset "{name}"; the presets are: {names}':
        'bilinmeyen hazır örnek "{name}"; hazır örnekler şunlar: {names}',
    # ---------------------------------------------------------------- training (core errors)
    "training supports the dot, scaled_dot and general scores, not {kind}":
        "eğitim yalnızca dot, scaled_dot ve general skorlarını destekler; {kind} desteklenmez",
    "the target is {rows} × {cols} but the weights are {m} × {n} (queries × inputs)":
        "hedef {rows} × {cols} boyutunda, ama ağırlıklar {m} × {n} (sorgular × girdiler)",
    "the target contains a number that is not finite": "hedef, sonlu olmayan bir sayı içeriyor",
    "target row {row} has a negative weight": "hedefin {row}. satırında negatif bir ağırlık var",
    "target row {row} sums to {total}, not 1": "hedefin {row}. satırının toplamı 1 değil, {total}",
    "target row {row} puts weight on input {col}, which the causal mask hides":
        "hedefin {row}. satırı, nedensel maskenin gizlediği {col}. girdiye ağırlık veriyor",
    "the target context is {rows} × {cols} but the context is {m} × {d_v}":
        "hedef bağlam {rows} × {cols} boyutunda, ama bağlam {m} × {d_v}",
    "there are {count} topic labels but {n} inputs": "{count} konu etiketi var, ama {n} girdi var",
    "the optimizer must be adam or sgd, not {name}": "optimize edici adam ya da sgd olmalı; {name} değil",
    "the learning rate must be a positive number, got {got}":
        "öğrenme oranı pozitif bir sayı olmalı; verilen değer: {got}",
    "the number of steps must be 0 or more, got {got}": "adım sayısı 0 ya da daha büyük olmalı; verilen değer: {got}",
    "there are no hand-set weights to use as the target":
        "hedef olarak kullanılacak elle ayarlanmış ağırlık yok",
    # ------------------------------------------------------------------ compute (core)
    "inputs is empty": "inputs boş",
    "mode must be 'self' or 'seq2seq', not {got}": "mode 'self' ya da 'seq2seq' olmalı; {got} değil",
    "decoder is required in seq2seq mode and must not be empty":
        "seq2seq modunda decoder gereklidir ve boş olmamalı",
    "{name} is required when the projection is enabled": "izdüşüm açıkken {name} gereklidir",
    "{name} has {rows} rows but the inputs have {cols} columns":
        "{name} içinde {rows} satır var, ama girdilerde {cols} sütun var",
    "{name} has {rows} rows but the decoder states have {cols} columns":
        "{name} içinde {rows} satır var, ama kod çözücü durumlarında {cols} sütun var",
    "w_q has {q} columns but w_k has {k}; queries and keys need the same dimension":
        "w_q içinde {q} sütun var, ama w_k içinde {k}; sorgular ve anahtarlar aynı boyutta olmalı",
    "decoder has {got} columns but the inputs have {d}; without a projection queries and keys "
    "need the same dimension":
        "decoder içinde {got} sütun var, ama girdilerde {d}; izdüşüm olmadan sorgular ve "
        "anahtarlar aynı boyutta olmalı",
    "w_a must be {d_k} × {d_k} for the general score, got {rows} × {cols}":
        "genel skor için w_a {d_k} × {d_k} olmalı; verilen: {rows} × {cols}",
    "w_a must be {d_k} × {d_k} for the general score, got missing":
        "genel skor için w_a {d_k} × {d_k} olmalı; w_a yok",
    "w_a must have {rows} rows (2·d_k) for the additive score, got {got} rows":
        "toplamsal skor için w_a {rows} satır (2·d_k) içermeli; verilen: {got} satır",
    "w_a must have {rows} rows (2·d_k) for the additive score, got missing":
        "toplamsal skor için w_a {rows} satır (2·d_k) içermeli; w_a yok",
    "v_a must have length {length} (the columns of w_a), got length {got}":
        "v_a'nın uzunluğu {length} (w_a'nın sütunları) olmalı; verilen uzunluk: {got}",
    "v_a must have length {length} (the columns of w_a), got missing":
        "v_a'nın uzunluğu {length} (w_a'nın sütunları) olmalı; v_a yok",
    "score kind {kind} is not one of dot, scaled_dot, cosine, general, additive":
        "skor türü {kind}; dot, scaled_dot, cosine, general, additive türlerinden biri değil",
    "temperature must be a positive number, got {got}":
        "sıcaklık pozitif bir sayı olmalı; verilen değer: {got}",
    "causal is only available in self mode": "nedensel maske yalnızca self modunda kullanılabilir",
    "weights_override is {rows} × {cols} but must be {m} × {n} (queries × inputs)":
        "weights_override {rows} × {cols} boyutunda, ama {m} × {n} (sorgular × girdiler) olmalı",
    "weights_override contains a number that is not finite":
        "weights_override sonlu olmayan bir sayı içeriyor",
    "weights_override row {row} has a negative weight":
        "weights_override içinde {row}. satırda negatif bir ağırlık var",
    # ------------------------------------------------------------------ edits (core)
    "the last input cannot be removed": "son girdi silinemez",
    "the last decoder state cannot be removed": "son kod çözücü durumu silinemez",
    "{name} must be at least 1": "{name} en az 1 olmalı",
    # ------------------------------------------------------------------ matrices (core)
    "inputs I": "girdiler I",
    "encoder states H": "kodlayıcı durumları H",
    "decoder states S": "kod çözücü durumları S",
    "Encoder states H (n × d)": "Kodlayıcı durumları H (n × d)",
    "Decoder states S (m × d)": "Kod çözücü durumları S (m × d)",
}

# The same English text, different Turkish in one context: (context, source) → text.
TR_IN_CONTEXT: dict[tuple[str, str], str] = {}


def translation_for(context: str, source: str) -> str | None:
    return TR_IN_CONTEXT.get((context, source), TR.get(source))


def fill(ts_path: Path = TS) -> list[tuple[str, str]]:
    """Write the Turkish texts into the .ts; returns the (context, source) pairs left unfinished."""
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = translation_for(name, source)
            if text is None:
                if not (translation.text or "") or translation.get("type") == "unfinished":
                    missing.append((name, source))
                continue
            translation.text = text
            if translation.get("type") == "unfinished":
                del translation.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def main(argv: list[str]) -> int:
    if "--check" in argv:
        tree = ET.parse(TS)
        missing = [
            (c.findtext("name"), m.findtext("source"))
            for c in tree.getroot().iter("context")
            for m in c.iter("message")
            if translation_for(c.findtext("name"), m.findtext("source")) is None
        ]
    else:
        missing = fill()
        subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    for context, source in missing:
        print(f"no Turkish text: [{context}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
