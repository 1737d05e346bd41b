<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="170"/>
        <source>Raw vs. projected</source>
        <translation>Ham / izdüşürülmüş</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="172"/>
        <source>Scores and weights with the projection off and on, for the same inputs</source>
        <translation>Aynı girdiler için izdüşüm kapalıyken ve açıkken skorlar ve ağırlıklar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="173"/>
        <source>Attention vs. last state</source>
        <translation>Dikkat / son durum</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="175"/>
        <source>The attention context next to the classic seq2seq context (the last state)</source>
        <translation>Dikkat bağlamı ile klasik seq2seq bağlamı (son durum) yan yana</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="176"/>
        <source>scores</source>
        <translation>skorlar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="176"/>
        <source>weights</source>
        <translation>ağırlıklar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="176"/>
        <source>on − off</source>
        <translation>açık − kapalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="179"/>
        <source>Switch the projection of the session in the window (one undo step)</source>
        <translation>Penceredeki oturumun izdüşümünü aç/kapat (tek geri alma adımı)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="180"/>
        <source>Only the last input</source>
        <translation>Yalnızca son girdi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="182"/>
        <source>Weights [0, …, 0, 1] for every query: attention reduces to the classic seq2seq context vector, the last encoder state.</source>
        <translation>Her sorgu için ağırlıklar [0, …, 0, 1]: dikkat, klasik seq2seq bağlam vektörüne, yani son kodlayıcı durumuna indirgenir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="184"/>
        <source>Softmax weights</source>
        <translation>Softmax ağırlıkları</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="185"/>
        <source>Stop setting the weights by hand: softmax of the scores again</source>
        <translation>Ağırlıkları elle ayarlamayı bırak: yeniden skorların softmax&apos;ı kullanılır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="354"/>
        <source>Raw vectors</source>
        <translation>Ham vektörler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="355"/>
        <source>Projected vectors</source>
        <translation>İzdüşürülmüş vektörler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="365"/>
        <source>Q = S·W_Q, K = H·W_K</source>
        <translation>Q = S·W_Q, K = H·W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="365"/>
        <source>Q = I·W_Q, K = I·W_K</source>
        <translation>Q = I·W_Q, K = I·W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="368"/>
        <source>The window shows this now.</source>
        <translation>Pencere şu anda bunu gösteriyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="370"/>
        <source>The button below shows this in the window.</source>
        <translation>Aşağıdaki düğme bunu pencerede gösterir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="400"/>
        <source>Cannot compute the attention without the projection: {reason}</source>
        <translation>İzdüşüm olmadan dikkat hesaplanamıyor: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="402"/>
        <source>Cannot compute the attention with the projection: {reason}</source>
        <translation>İzdüşümle dikkat hesaplanamıyor: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="418"/>
        <source>Show raw</source>
        <translation>Ham hâlini göster</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="418"/>
        <source>Show projected</source>
        <translation>İzdüşürülmüş hâlini göster</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="429"/>
        <source>The weights are set by hand, so the projection cannot change them; turn “Set weights by hand” off to compare.</source>
        <translation>Ağırlıklar elle ayarlandığı için izdüşüm onları değiştiremez; karşılaştırmak için “Ağırlıkları elle ayarla” seçeneğini kapatın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="434"/>
        <source>The projection does not change the weights here.</source>
        <translation>İzdüşüm burada ağırlıkları değiştirmiyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="439"/>
        <source>The projection moves most weight for {query}, on {key}:</source>
        <translation>İzdüşümün ağırlığı en çok değiştirdiği yer: sorgu {query}, anahtar {key}:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="450"/>
        <source>Attend most to themselves: {raw} of {n} raw, {projected} of {n} projected.</source>
        <translation>En çok kendine dikkat edenler: ham {raw}/{n}, izdüşürülmüş {projected}/{n}.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="460"/>
        <source>The classic seq2seq decoder sees only the last encoder state {last}; attention mixes all of them with its weights.</source>
        <translation>Klasik seq2seq kod çözücüsü yalnızca son kodlayıcı durumunu ({last}) görür; dikkat ise hepsini kendi ağırlıklarıyla karıştırır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="465"/>
        <source>Without attention only the last input {last} would be passed on; attention mixes the values of all inputs with its weights.</source>
        <translation>Dikkat olmasaydı yalnızca son girdi ({last}) aktarılırdı; dikkat ise tüm girdilerin değerlerini kendi ağırlıklarıyla karıştırır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="483"/>
        <source>Weights of {query} (set by hand)</source>
        <translation>{query} için ağırlıklar (elle ayarlanan)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="485"/>
        <source>Weights of {query}</source>
        <translation>{query} için ağırlıklar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="494"/>
        <source>c({query})</source>
        <translation>c({query})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="495"/>
        <source>{last} (last)</source>
        <translation>{last} (son)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="498"/>
        <source>Attention context  vs.  last state</source>
        <translation>Dikkat bağlamı  ile  son durum</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="506"/>
        <source>Equal: with weights {weights} attention gives the classic context vector, the last state {last}.</source>
        <translation>Eşit: {weights} ağırlıklarıyla dikkat, klasik bağlam vektörünü, yani son durumu ({last}) verir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="513"/>
        <source>Different: attention mixes the encoder states with weights {weights} (query {query}), so its context is not the last state {last}.</source>
        <translation>Farklı: dikkat, kodlayıcı durumlarını {weights} ağırlıklarıyla karıştırır (sorgu {query}); bu yüzden bağlamı son durum ({last}) değildir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="518"/>
        <source>Different: attention mixes the values of all inputs with weights {weights} (query {query}), so its context is not the value of the last input {last}.</source>
        <translation>Farklı: dikkat, tüm girdilerin değerlerini {weights} ağırlıklarıyla karıştırır (sorgu {query}); bu yüzden bağlamı son girdinin ({last}) değeri değildir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="541"/>
        <source>Use softmax weights</source>
        <translation>Softmax ağırlıklarını kullan</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="416"/>
        <source>Compare</source>
        <translation>Karşılaştırma</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="191"/>
        <source>Controls</source>
        <translation>Denetimler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="192"/>
        <source>Self-attention</source>
        <translation>Öz-dikkat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="193"/>
        <source>Seq2seq attention</source>
        <translation>Seq2seq dikkati</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="195"/>
        <source>Self-attention: queries, keys and values all come from the inputs.
Seq2seq: the decoder state is the query; the encoder states are the keys and the values.</source>
        <translation>Öz-dikkat: sorgular, anahtarlar ve değerlerin hepsi girdilerden gelir.
Seq2seq: sorgu kod çözücü durumudur; anahtarlar ve değerler kodlayıcı durumlarıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="197"/>
        <location filename="../../qkv_gui/workbench.py" line="86"/>
        <source>Projections W_Q, W_K, W_V</source>
        <translation>İzdüşümler W_Q, W_K, W_V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="199"/>
        <location filename="../../qkv_gui/workbench.py" line="87"/>
        <source>On: Q = I·W_Q, K = I·W_K, V = I·W_V. Off: queries, keys and values are the raw vectors.</source>
        <translation>Açık: Q = I·W_Q, K = I·W_K, V = I·W_V. Kapalı: sorgular, anahtarlar ve değerler ham vektörlerdir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="200"/>
        <source>dot</source>
        <translation>nokta</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="200"/>
        <source>scaled dot</source>
        <translation>ölçekli nokta</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="200"/>
        <source>cosine</source>
        <translation>kosinüs</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="201"/>
        <source>general</source>
        <translation>genel</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="201"/>
        <source>additive</source>
        <translation>toplamsal</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="205"/>
        <source>The compatibility function that scores a query against a key.</source>
        <translation>Bir sorguyu bir anahtara göre skorlayan uyumluluk fonksiyonu.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="207"/>
        <source>Softmax temperature T: weights = softmax(scores / T).
Small T sharpens the weights towards one key, large T flattens them.</source>
        <translation>Softmax sıcaklığı T: ağırlıklar = softmax(skorlar / T).
Küçük T ağırlıkları tek bir anahtara doğru keskinleştirir, büyük T onları düzleştirir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="210"/>
        <source>Causal mask</source>
        <translation>Nedensel maske</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="211"/>
        <source>Self-attention only: query i may look at inputs 1..i, not at later ones.</source>
        <translation>Yalnızca öz-dikkatte: i. sorgu 1..i girdilerine bakabilir, sonrakilere bakamaz.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="212"/>
        <location filename="../../qkv_gui/widgets/controls.py" line="298"/>
        <source>Set weights by hand</source>
        <translation>Ağırlıkları elle ayarla</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="214"/>
        <source>Replace the softmax weights by weights you edit yourself (each row still sums to 1).</source>
        <translation>Softmax ağırlıklarının yerine kendi düzenlediğiniz ağırlıkları kullanın (her satırın toplamı yine 1 olur).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="215"/>
        <location filename="../../qkv_gui/workbench.py" line="94"/>
        <source>Only the last input</source>
        <translation>Yalnızca son girdi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="217"/>
        <source>Weights [0, …, 0, 1] for every query: attention reduces to the classic seq2seq context vector, the last encoder state.</source>
        <translation>Her sorgu için ağırlıklar [0, …, 0, 1]: dikkat, klasik seq2seq bağlam vektörüne, yani son kodlayıcı durumuna indirgenir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="219"/>
        <source>Mode:</source>
        <translation>Mod:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="220"/>
        <source>Score:</source>
        <translation>Skor:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="221"/>
        <source>Temperature T:</source>
        <translation>Sıcaklık T:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="175"/>
        <location filename="../../qkv_gui/widgets/controls.py" line="281"/>
        <location filename="../../qkv_gui/widgets/controls.py" line="284"/>
        <source>Change temperature</source>
        <translation>Sıcaklığı değiştir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="260"/>
        <source>context = value of the last input ✓</source>
        <translation>bağlam = son girdinin değeri ✓</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="266"/>
        <source>Switch mode</source>
        <translation>Modu değiştir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="96"/>
        <source>Causal mask on: each query&apos;s weight 1 goes to the last input it may see (itself).</source>
        <translation>Nedensel maske açık: her sorgunun 1 ağırlığı görebildiği son girdiye (kendisine) gider.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="105"/>
        <source>Turn projections on</source>
        <translation>İzdüşümleri aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="106"/>
        <source>Turn projections off</source>
        <translation>İzdüşümleri kapat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="274"/>
        <source>Change score function</source>
        <translation>Skor fonksiyonunu değiştir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="289"/>
        <source>Turn causal mask on</source>
        <translation>Nedensel maskeyi aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="289"/>
        <source>Turn causal mask off</source>
        <translation>Nedensel maskeyi kapat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="293"/>
        <source>Causal mask on: the hand-set weights on later inputs moved to the inputs each query may see.</source>
        <translation>Nedensel maske açık: sonraki girdilere elle verilen ağırlıklar, her sorgunun görebildiği girdilere taşındı.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="298"/>
        <source>Use softmax weights</source>
        <translation>Softmax ağırlıklarını kullan</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="99"/>
        <source>Weights set to [0, …, 0, 1]: the context vector is now the last input&apos;s value vector.</source>
        <translation>Ağırlıklar [0, …, 0, 1] yapıldı: bağlam vektörü artık son girdinin değer vektörü.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/explain_panel.py" line="169"/>
        <source>Hover any number in a plot to see how it was computed.</source>
        <translation>Nasıl hesaplandığını görmek için bir grafikteki herhangi bir sayının üzerine gelin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/explain_panel.py" line="171"/>
        <source>How this number was computed:</source>
        <translation>Bu sayı nasıl hesaplandı:</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../qkv_gui/export.py" line="85"/>
        <source>PNG image (*.png)</source>
        <translation>PNG görüntüsü (*.png)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="86"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG çizimi (*.svg)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="87"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="88"/>
        <source>qkv_gui lessons (*.json)</source>
        <translation>qkv_gui dersleri (*.json)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export_dialogs.py" line="48"/>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} zaten var. Değiştirilsin mi?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export_dialogs.py" line="51"/>
        <source>{count} files already exist ({names}). Replace them?</source>
        <translation>{count} dosya zaten var ({names}). Değiştirilsinler mi?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export_dialogs.py" line="56"/>
        <source>Replace files?</source>
        <translation>Dosyalar değiştirilsin mi?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export_dialogs.py" line="77"/>
        <source>As on screen ({pixels} px)</source>
        <translation>Ekrandaki gibi ({pixels} piksel)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export_dialogs.py" line="80"/>
        <source>{scale}× — for print ({pixels} px)</source>
        <translation>{scale}× — baskı için ({pixels} piksel)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export_dialogs.py" line="84"/>
        <source>Export screenshot</source>
        <translation>Ekran görüntüsünü dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export_dialogs.py" line="84"/>
        <source>Resolution:</source>
        <translation>Çözünürlük:</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../qkv_gui/export.py" line="271"/>
        <source>Export &amp;screenshot…</source>
        <translation>Ekran &amp;görüntüsünü dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="272"/>
        <source>Save a picture of the whole window (PNG), at screen or print resolution</source>
        <translation>Tüm pencerenin resmini ekran ya da baskı çözünürlüğünde kaydet (PNG)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="273"/>
        <source>Export &amp;figure…</source>
        <translation>Şek&amp;li dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="274"/>
        <source>Save the pipeline as one clean figure (PNG or SVG) for slides and papers</source>
        <translation>Hesaplama akışını slaytlar ve makaleler için tek, temiz bir şekil olarak kaydet (PNG ya da SVG)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="275"/>
        <source>Matrices as &amp;CSV files…</source>
        <translation>Matrisler &amp;CSV dosyaları olarak…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="276"/>
        <source>Write every matrix to its own CSV file in a folder</source>
        <translation>Her matrisi bir klasörde kendi CSV dosyasına yaz</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="277"/>
        <source>Result as &amp;JSON…</source>
        <translation>Sonuç &amp;JSON olarak…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="278"/>
        <source>Write every matrix of the result to one JSON file (as --export-data does)</source>
        <translation>Sonucun tüm matrislerini tek bir JSON dosyasına yaz (--export-data gibi)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="279"/>
        <source>Export &amp;lesson…</source>
        <translation>&amp;Dersi dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="280"/>
        <source>Save the session with the open lesson and panel, to hand out</source>
        <translation>Oturumu açık ders ve panelle birlikte, dağıtmak üzere kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="285"/>
        <source>Export &amp;data</source>
        <translation>&amp;Verileri dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="295"/>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="287"/>
        <source>Save as PNG…</source>
        <translation>PNG olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="288"/>
        <source>Save as SVG…</source>
        <translation>SVG olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="289"/>
        <source>Copy image</source>
        <translation>Görüntüyü kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="290"/>
        <source>Copy as TSV (spreadsheet)</source>
        <translation>TSV olarak kopyala (hesap tablosu)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="291"/>
        <source>Copy as LaTeX bmatrix</source>
        <translation>LaTeX bmatrix olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="292"/>
        <source>Copy as Markdown table</source>
        <translation>Markdown tablosu olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="411"/>
        <location filename="../../qkv_gui/export.py" line="419"/>
        <source>Save {name} as PNG</source>
        <translation>{name} grafiğini PNG olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="433"/>
        <source>Save {name} as SVG</source>
        <translation>{name} grafiğini SVG olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="447"/>
        <source>Copied the {name} plot as an image</source>
        <translation>{name} grafiği görüntü olarak kopyalandı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="464"/>
        <source>Copied {name} as {format}</source>
        <translation>{name}, {format} olarak kopyalandı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="475"/>
        <source>Export screenshot</source>
        <translation>Ekran görüntüsünü dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="490"/>
        <source>Export figure</source>
        <translation>Şekli dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="502"/>
        <source>Figure size</source>
        <translation>Şekil boyutu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="517"/>
        <source>Export the matrices as CSV files into…</source>
        <translation>Matrislerin CSV olarak aktarılacağı klasör…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="539"/>
        <source>Saved {count} CSV files to {folder}</source>
        <translation>{count} CSV dosyası kaydedildi: {folder}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="546"/>
        <source>Export the result as JSON</source>
        <translation>Sonucu JSON olarak dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="561"/>
        <source>Export lesson</source>
        <translation>Dersi dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="572"/>
        <source>Cannot export the lesson</source>
        <translation>Ders dışa aktarılamıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="573"/>
        <location filename="../../qkv_gui/export.py" line="596"/>
        <source>Not saved: {reason}</source>
        <translation>Kaydedilmedi: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="593"/>
        <source>Cannot export</source>
        <translation>Dışa aktarılamıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="594"/>
        <source>{path} was not written: {reason}</source>
        <translation>{path} yazılamadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="601"/>
        <source>Saved {path}</source>
        <translation>Kaydedildi: {path}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="73"/>
        <source>CSV of original plot data</source>
        <translation>Çizimin özgün verisi, CSV</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="74"/>
        <source>separator</source>
        <translation>ayırıcı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="75"/>
        <source>precision</source>
        <translation>duyarlık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="76"/>
        <source>columnMode</source>
        <translation>sütun düzeni</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="77"/>
        <source>HDF5 Export: plot (x,y)</source>
        <translation>HDF5: çizim (x,y)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="78"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="79"/>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>Resim dosyası (PNG, TIF, JPG, ...)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="80"/>
        <source>width</source>
        <translation>genişlik</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="81"/>
        <source>height</source>
        <translation>yükseklik</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="82"/>
        <source>antialias</source>
        <translation>kenar yumuşatma</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="83"/>
        <source>background</source>
        <translation>arka plan</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="84"/>
        <source>invertValue</source>
        <translation>değerleri ters çevir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="85"/>
        <source>Matplotlib Window</source>
        <translation>Matplotlib penceresi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="86"/>
        <source>Printer</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="87"/>
        <source>Print Document</source>
        <translation>Belgeyi yazdır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="88"/>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>Ölçeklenebilir vektör çizimi (SVG)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="89"/>
        <source>scaling stroke</source>
        <translation>çizgi kalınlığını ölçekle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="90"/>
        <source>Scalable Vector Graphics</source>
        <translation>Ölçeklenebilir vektör çizimi</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <location filename="../../qkv_gui/figure.py" line="88"/>
        <source>Context = W · V, with the weights W set by hand</source>
        <translation>Bağlam = W · V, W ağırlıkları elle ayarlandı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="90"/>
        <source>Context = softmax(({scores}) / T) · V</source>
        <translation>Bağlam = softmax(({scores}) / T) · V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="92"/>
        <source>Context = softmax({scores}) · V</source>
        <translation>Bağlam = softmax({scores}) · V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="99"/>
        <source>causal mask: query i sees keys 1…i</source>
        <translation>nedensel maske: sorgu i, 1…i anahtarlarını görür</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="281"/>
        <source>Made with qkv_gui</source>
        <translation>qkv_gui ile yapıldı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="359"/>
        <source>Attention, step by step</source>
        <translation>Adım adım dikkat</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="13"/>
        <source>Link Axis:</source>
        <translation>Ekseni bağla:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="14"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu ekseni başka bir görünüme bağlar. Bağlı iki görünüm aynı veri aralığını gösterir.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="15"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Otomatik ölçeklemede görünecek verinin yüzdesi. Ani sıçramalı gürültüsü olan verilerde bu değeri düşürmek işe yarayabilir.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="16"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Gösterilen veri her değiştiğinde bu eksenin aralığını kendiliğinden ayarlar.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="17"/>
        <source>Auto</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="18"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu eksenin aralığını elle belirler. Otomatik ölçekleme kapanır. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="19"/>
        <source>Manual</source>
        <translation>Elle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="20"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu eksende gösterilecek en küçük değer.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="21"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu eksende gösterilecek en büyük değer.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="22"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu ekseni ters çevirir (+y yukarı değil aşağı doğru gider).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="23"/>
        <source>Invert Axis</source>
        <translation>Ekseni ters çevir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="24"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu eksende fareyle kaydırmayı ve yakınlaştırmayı açar.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="25"/>
        <source>Mouse Enabled</source>
        <translation>Fare açık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="26"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;İşaretliyse eksen, otomatik ölçeklemede yalnızca dik eksen boyunca görünen verileri hesaba katar.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="27"/>
        <source>Visible Data Only</source>
        <translation>Görünen veri</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="28"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;İşaretliyse eksen, ölçeği değişmeden, güncel veriyi ortalayacak biçimde kendiliğinden kayar.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="29"/>
        <source>Auto Pan Only</source>
        <translation>Yalnız kaydır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="37"/>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>Bu çizimdeki eğrilerin ortalamasını gösterir. Parametre listesinden, varsa, ortalaması alınacak parametreleri seçebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="38"/>
        <source>Average</source>
        <translation>Ortalama</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="39"/>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>Her eğrinin yalnızca görünen kısmını çizer. X değerlerinin eşit aralıklı olduğunu varsayar.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="40"/>
        <source>Clip to View</source>
        <translation>Görünüme kırp</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="41"/>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>Bu çizimde birden çok eğri varsa, gösterilen eğri sayısını sınırlamak için bunu işaretleyin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="42"/>
        <source>Max Traces:</source>
        <translation>En çok eğri:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="43"/>
        <source>Downsample</source>
        <translation>Seyrelt</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="44"/>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>Özgün verinin en küçük ve en büyük değerlerini izleyen bir testere dişi çizerek seyreltir. Veriyi en iyi bu yöntem gösterir, ama daha yavaştır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="45"/>
        <source>Peak</source>
        <translation>Tepe</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="46"/>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>Bu çizimde birden çok eğri varsa, gösterilen eğri sayısını sınırlamak için &quot;En çok eğri&quot;yi işaretleyip bu değeri girin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="47"/>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>&quot;En çok eğri&quot; işaretliyse, gizlenen eğrileri bellekten siler (bellek kazanılır, ama eğriler yeniden gösterilemez).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="48"/>
        <source>Forget hidden traces</source>
        <translation>Gizlenen eğrileri unut</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="49"/>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>N örneğin ortalamasını alarak seyreltir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="50"/>
        <source>Mean</source>
        <translation>Ortalama</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="51"/>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>N örnekten ilkini alarak seyreltir. En hızlı ama en az doğru yöntem budur.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="52"/>
        <source>Subsample</source>
        <translation>Örnek seç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="53"/>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>Veriyi görünen aralığa göre kendiliğinden seyreltir. X değerlerinin eşit aralıklı olduğunu varsayar.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="54"/>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>Veriyi çizmeden önce seyreltir (her N. örneği çizer).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="55"/>
        <source>Log X</source>
        <translation>Log X</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="56"/>
        <source>dy/dx</source>
        <translation>dy/dx</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="57"/>
        <source>Y vs. Y&apos;</source>
        <translation>Y&apos;ye karşı Y</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="58"/>
        <source>Power Spectrum (FFT)</source>
        <translation>Güç spektrumu (FFT)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="59"/>
        <source>Log Y</source>
        <translation>Log Y</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="60"/>
        <source>Subtract Mean</source>
        <translation>Ortalamayı çıkar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="61"/>
        <source>Points</source>
        <translation>Noktalar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="62"/>
        <source>Show X Grid</source>
        <translation>X ızgarasını göster</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="63"/>
        <source>Show Y Grid</source>
        <translation>Y ızgarasını göster</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="64"/>
        <source>Opacity</source>
        <translation>Saydamsızlık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="65"/>
        <source>Alpha</source>
        <translation>Saydamlık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="67"/>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="68"/>
        <source>Item to export:</source>
        <translation>Dışa aktarılacak öğe:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="69"/>
        <source>Export format</source>
        <translation>Dışa aktarma biçimi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="70"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="71"/>
        <source>Export options</source>
        <translation>Dışa aktarma seçenekleri</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="72"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
</context>
<context>
    <name>GeometryView</name>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="134"/>
        <source>queries</source>
        <translation>sorgular</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="134"/>
        <source>keys</source>
        <translation>anahtarlar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="135"/>
        <source>context = Σ w·v</source>
        <translation>bağlam = Σ w·v</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="210"/>
        <source>dimension 1 (d_k = 1)</source>
        <translation>boyut 1 (d_k = 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="210"/>
        <location filename="../../qkv_gui/widgets/geometry.py" line="212"/>
        <source>dimension 1</source>
        <translation>boyut 1</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="212"/>
        <source>dimension 2</source>
        <translation>boyut 2</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="217"/>
        <source>principal axis 1 ({percent} % of the energy)</source>
        <translation>temel eksen 1 (enerjinin %{percent} kadarı)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="218"/>
        <source>principal axis 1 ({percent} %)</source>
        <translation>temel eksen 1 (%{percent})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="219"/>
        <source>axis 1 ({percent} %)</source>
        <translation>eksen 1 (%{percent})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="221"/>
        <source>principal axis 2</source>
        <translation>temel eksen 2</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="221"/>
        <source>axis 2</source>
        <translation>eksen 2</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="242"/>
        <source>Drag the grey tips to move the inputs</source>
        <translation>Girdileri taşımak için gri uçları sürükleyin</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="243"/>
        <source>Drag the input arrows when d = 2 (here d = {d})</source>
        <translation>Girdi okları d = 2 iken sürüklenebilir (burada d = {d})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="135"/>
        <source>inputs (drag)</source>
        <translation>girdiler (sürükleyin)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="384"/>
        <source>context</source>
        <translation>bağlam</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="426"/>
        <source>(masked)</source>
        <translation>(maskeli)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="436"/>
        <source>context: in the values&apos; own plane</source>
        <translation>bağlam: değerlerin kendi düzleminde</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="526"/>
        <source>Drag input {label}</source>
        <translation>{label} girdisini sürükle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="528"/>
        <source>Drag decoder state {label}</source>
        <translation>{label} kod çözücü durumunu sürükle</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="27"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="66"/>
        <source>Export...</source>
        <translation>Dışa aktar...</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../../qkv_gui/widgets/heatmap.py" line="190"/>
        <location filename="../../qkv_gui/widgets/heatmap.py" line="191"/>
        <source>key</source>
        <translation>anahtar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heatmap.py" line="190"/>
        <source>query</source>
        <translation>sorgu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heatmap.py" line="191"/>
        <source>dimension</source>
        <translation>boyut</translation>
    </message>
</context>
<context>
    <name>LessonsMenu</name>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="492"/>
        <location filename="../../qkv_gui/workbench.py" line="396"/>
        <source>&amp;Lessons</source>
        <translation>De&amp;rsler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="497"/>
        <source>&amp;Previous lesson</source>
        <translation>Ö&amp;nceki ders</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="498"/>
        <source>&amp;Next lesson</source>
        <translation>&amp;Sonraki ders</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="499"/>
        <source>L&amp;eave lesson</source>
        <translation>&amp;Dersten çık</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="213"/>
        <source>Click a lesson to open it (Ctrl+1 … Ctrl+7).</source>
        <translation>Açmak için bir derse tıklayın (Ctrl+1 … Ctrl+7).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="217"/>
        <source>Try this</source>
        <translation>Bunu deneyin</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="219"/>
        <source>◀ Previous</source>
        <translation>◀ Önceki</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="219"/>
        <source>Open the previous lesson</source>
        <translation>Önceki dersi aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="220"/>
        <source>Next ▶</source>
        <translation>Sonraki ▶</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="220"/>
        <source>Open the next lesson</source>
        <translation>Sonraki dersi aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="221"/>
        <source>Restart</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="221"/>
        <source>Load the lesson&apos;s starting state again</source>
        <translation>Dersin başlangıç durumunu yeniden yükle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="222"/>
        <source>Leave lesson</source>
        <translation>Dersten çık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="223"/>
        <source>Close the lesson and go back to your own session, as you left it</source>
        <translation>Dersi kapat ve kendi oturumunuza, bıraktığınız gibi dönün</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="419"/>
        <source>Seven short lessons answer it step by step. Each one loads an example, frames the plots that matter and gives you one thing to try; a green “Done!” appears when you have done it. Pick a lesson above or press Ctrl+1 … Ctrl+7. Your own session waits aside: leave the lesson to get it back as you left it.</source>
        <translation>Yedi kısa ders bu soruyu adım adım yanıtlıyor. Her ders bir örnek yükler, önemli grafikleri çerçeveler ve size deneyeceğiniz tek bir şey verir; bunu yaptığınızda yeşil bir “Tamam!” belirir. Yukarıdan bir ders seçin ya da Ctrl+1 … Ctrl+7 tuşlarına basın. Kendi oturumunuz bir kenarda bekler: dersten çıktığınızda onu bıraktığınız gibi geri alırsınız.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="311"/>
        <source>Lesson {number}: {title}</source>
        <translation>Ders {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="330"/>
        <source>Left the lesson: your own session is back.</source>
        <translation>Dersten çıkıldı: kendi oturumunuz geri geldi.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="333"/>
        <source>Left the lesson: keep editing freely, or pick another lesson.</source>
        <translation>Dersten çıkıldı: serbestçe düzenlemeye devam edin ya da başka bir ders seçin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="382"/>
        <source>Lesson done!</source>
        <translation>Ders tamamlandı!</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="415"/>
        <source>Why do keys, queries and values work?</source>
        <translation>Anahtarlar, sorgular ve değerler neden işe yarar?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="434"/>
        <source>✓ Done!</source>
        <translation>✓ Tamam!</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="441"/>
        <source>○ Not done yet: do the step above and watch this line.</source>
        <translation>○ Henüz tamamlanmadı: yukarıdaki adımı yapın ve bu satırı izleyin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="418"/>
        <source>Lessons</source>
        <translation>Dersler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="137"/>
        <source>Drag any number up or down to change it; hover a result to see how it was computed.</source>
        <translation>Bir sayıyı değiştirmek için yukarı ya da aşağı sürükleyin; nasıl hesaplandığını görmek için bir sonucun üzerine gelin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="409"/>
        <source>Matrices</source>
        <translation>Matrisler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="410"/>
        <source>Geometry</source>
        <translation>Geometri</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="411"/>
        <source>Explain</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="133"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="134"/>
        <source>Open a session file</source>
        <translation>Bir oturum dosyası aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="135"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="135"/>
        <source>Save the session</source>
        <translation>Oturumu kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="136"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="137"/>
        <source>Save the session to a new file</source>
        <translation>Oturumu yeni bir dosyaya kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="145"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="173"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="173"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="82"/>
        <source>Only the &amp;last input</source>
        <translation>Yalnızca &amp;son girdi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="83"/>
        <source>Weights [0, …, 0, 1]: the classic seq2seq context vector</source>
        <translation>Ağırlıklar [0, …, 0, 1]: klasik seq2seq bağlam vektörü</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="139"/>
        <source>Next query</source>
        <translation>Sonraki sorgu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="140"/>
        <source>Previous query</source>
        <translation>Önceki sorgu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="142"/>
        <source>Open &amp;Recent</source>
        <translation>S&amp;on açılanlar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="128"/>
        <source>&amp;Edit</source>
        <translation>Düz&amp;en</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="129"/>
        <source>&amp;Presets</source>
        <translation>&amp;Hazır örnekler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="144"/>
        <source>Open the preset “{name}”</source>
        <translation>“{name}” hazır örneğini aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="129"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="130"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="141"/>
        <source>&amp;About qkv_gui</source>
        <translation>qkv_gui &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="182"/>
        <source>(no recent files)</source>
        <translation>(son dosya yok)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="191"/>
        <source>About qkv_gui</source>
        <translation>qkv_gui hakkında</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="191"/>
        <source>&lt;b&gt;qkv_gui&lt;/b&gt; shows how attention works: queries, keys and values, scores, softmax weights and context vectors, live.&lt;br&gt;&lt;br&gt;Drag any number with the mouse (Shift: fine, Ctrl: coarse) and watch every step follow.</source>
        <translation>&lt;b&gt;qkv_gui&lt;/b&gt; dikkatin nasıl çalıştığını canlı olarak gösterir: sorgular, anahtarlar ve değerler, skorlar, softmax ağırlıkları ve bağlam vektörleri.&lt;br&gt;&lt;br&gt;Herhangi bir sayıyı fareyle sürükleyin (Shift: ince, Ctrl: kaba adım) ve her adımın onu izlemesini seyredin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="363"/>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="364"/>
        <source>{name}[*] — qkv_gui</source>
        <translation>{name}[*] — qkv_gui</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="386"/>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="387"/>
        <source>The session has unsaved changes. Save them first?</source>
        <translation>Oturumda kaydedilmemiş değişiklikler var. Önce kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="406"/>
        <source>qkv_gui sessions (*.json);;All files (*)</source>
        <translation>qkv_gui oturumları (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="411"/>
        <source>Open session</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="427"/>
        <source>Cannot open the session</source>
        <translation>Oturum açılamıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="428"/>
        <source>{file} was not opened: {reason}</source>
        <translation>{file} açılamadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="431"/>
        <source>Not opened: {reason}</source>
        <translation>Açılmadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="443"/>
        <source>Opened {path}</source>
        <translation>Açıldı: {path}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="457"/>
        <source>Opened the preset “{name}”</source>
        <translation>“{name}” hazır örneği açıldı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="477"/>
        <source>Save session</source>
        <translation>Oturumu kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="497"/>
        <source>Cannot save the session</source>
        <translation>Oturum kaydedilemiyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="498"/>
        <source>The session was not saved: {reason}</source>
        <translation>Oturum kaydedilmedi: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="499"/>
        <source>Not saved: {reason}</source>
        <translation>Kaydedilmedi: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="489"/>
        <source>Saved {path}</source>
        <translation>Kaydedildi: {path}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_layout.py" line="93"/>
        <source>Matrix</source>
        <translation>Matris</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_layout.py" line="94"/>
        <source>Bars</source>
        <translation>Çubuklar</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="307"/>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="570"/>
        <source>Add token</source>
        <translation>Belirteç ekle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="307"/>
        <source>Add a token (a new input row of zeros)</source>
        <translation>Belirteç ekle (sıfırlardan oluşan yeni bir girdi satırı)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="308"/>
        <source>Remove selected token</source>
        <translation>Seçili belirteci kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="308"/>
        <source>Remove the selected token(s)</source>
        <translation>Seçili belirteç(ler)i kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="317"/>
        <source>Decrease d</source>
        <translation>d değerini azalt</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="317"/>
        <source>d −</source>
        <translation>d −</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="317"/>
        <source>Remove the last dimension (d − 1)</source>
        <translation>Son boyutu kaldır (d − 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="318"/>
        <source>Increase d</source>
        <translation>d değerini artır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="318"/>
        <source>d +</source>
        <translation>d +</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="318"/>
        <source>Add a dimension of zeros (d + 1)</source>
        <translation>Sıfırlardan oluşan bir boyut ekle (d + 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="309"/>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="572"/>
        <source>Add decoder state</source>
        <translation>Kod çözücü durumu ekle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="309"/>
        <source>Add a decoder state (a new query)</source>
        <translation>Kod çözücü durumu ekle (yeni bir sorgu)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="310"/>
        <source>Remove selected decoder state</source>
        <translation>Seçili kod çözücü durumunu kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="311"/>
        <source>Remove the selected decoder state(s)</source>
        <translation>Seçili kod çözücü durum(lar)ını kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="320"/>
        <source>Decrease d_k</source>
        <translation>d_k değerini azalt</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="320"/>
        <source>d_k −</source>
        <translation>d_k −</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="321"/>
        <source>Remove the last column of W_Q and W_K (d_k − 1)</source>
        <translation>W_Q ve W_K matrislerinin son sütununu kaldır (d_k − 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="322"/>
        <source>Increase d_k</source>
        <translation>d_k değerini artır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="322"/>
        <source>d_k +</source>
        <translation>d_k +</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="323"/>
        <source>Add a column of zeros to W_Q and W_K (d_k + 1)</source>
        <translation>W_Q ve W_K matrislerine sıfırlardan oluşan bir sütun ekle (d_k + 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="324"/>
        <source>Decrease d_v</source>
        <translation>d_v değerini azalt</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="324"/>
        <source>d_v −</source>
        <translation>d_v −</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="324"/>
        <source>Remove the last column of W_V (d_v − 1)</source>
        <translation>W_V matrisinin son sütununu kaldır (d_v − 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="325"/>
        <source>Increase d_v</source>
        <translation>d_v değerini artır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="325"/>
        <source>d_v +</source>
        <translation>d_v +</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="325"/>
        <source>Add a column of zeros to W_V (d_v + 1)</source>
        <translation>W_V matrisine sıfırlardan oluşan bir sütun ekle (d_v + 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="370"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="372"/>
        <source>Copy the selection as tab-separated values</source>
        <translation>Seçimi sekmeyle ayrılmış değerler olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="370"/>
        <source>Paste</source>
        <translation>Yapıştır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="374"/>
        <source>Paste a block of numbers (e.g. from a spreadsheet) at the current cell</source>
        <translation>Bir sayı bloğunu (ör. bir hesap tablosundan) geçerli hücreye yapıştır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="370"/>
        <source>Set to zero</source>
        <translation>Sıfır yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="375"/>
        <source>Set the selected cells to 0</source>
        <translation>Seçili hücreleri 0 yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="376"/>
        <source>Copy as LaTeX bmatrix</source>
        <translation>LaTeX bmatrix olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="377"/>
        <source>Copy the selection (or the whole matrix) as a LaTeX bmatrix</source>
        <translation>Seçimi (ya da tüm matrisi) LaTeX bmatrix olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="378"/>
        <source>Copy as Markdown table</source>
        <translation>Markdown tablosu olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="379"/>
        <source>Copy the selection (or the whole matrix) as a Markdown table</source>
        <translation>Seçimi (ya da tüm matrisi) Markdown tablosu olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="422"/>
        <source>{rows} × {cols}</source>
        <translation>{rows} × {cols}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="491"/>
        <source>Drag {name}[{row},{col}]</source>
        <translation>{name}[{row},{col}] hücresini sürükle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="551"/>
        <source>Rename token</source>
        <translation>Belirteci yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="586"/>
        <source>Remove token</source>
        <translation>Belirteci kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="586"/>
        <source>Remove decoder state</source>
        <translation>Kod çözücü durumunu kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="592"/>
        <source>Change d to {d}</source>
        <translation>d değerini {d} yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="593"/>
        <source>Change d_k to {d_k}</source>
        <translation>d_k değerini {d_k} yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="594"/>
        <source>Change d_v to {d_v}</source>
        <translation>d_v değerini {d_v} yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="631"/>
        <source>Paste refused: “{text}” is not a number; nothing was changed</source>
        <translation>Yapıştırma reddedildi: “{text}” bir sayı değil; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="639"/>
        <source>Paste into {name}</source>
        <translation>{name} matrisine yapıştır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="648"/>
        <source>Set {name} to zero</source>
        <translation>{name} hücrelerini sıfır yap</translation>
    </message>
</context>
<context>
    <name>MatrixTableModel</name>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="165"/>
        <source>{row}, {col}: {value} — drag up/right to change, double-click to type</source>
        <translation>{row}, {col}: {value} — değiştirmek için yukarı/sağa sürükleyin, yazmak için çift tıklayın</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="174"/>
        <source>Click to select this query; double-click to rename the token</source>
        <translation>Bu sorguyu seçmek için tıklayın; belirteci yeniden adlandırmak için çift tıklayın</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="176"/>
        <source>Click to select this query</source>
        <translation>Bu sorguyu seçmek için tıklayın</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="196"/>
        <source>“{text}” is not a number — the value stays {value}</source>
        <translation>“{text}” bir sayı değil — değer {value} olarak kalıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="203"/>
        <source>Edit {name}[{row},{col}]</source>
        <translation>{name}[{row},{col}] hücresini düzenle</translation>
    </message>
</context>
<context>
    <name>PlotExportButton</name>
    <message>
        <location filename="../../qkv_gui/export.py" line="216"/>
        <source>Export this plot: PNG, SVG, copy</source>
        <translation>Bu grafiği dışa aktar: PNG, SVG, kopyala</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="56"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="30"/>
        <source>Plot Options</source>
        <translation>Çizim seçenekleri</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="31"/>
        <source>Transforms</source>
        <translation>Dönüşümler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="32"/>
        <source>Downsample</source>
        <translation>Seyreltme</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="33"/>
        <source>Average</source>
        <translation>Ortalama</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="34"/>
        <source>Alpha</source>
        <translation>Saydamlık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="35"/>
        <source>Grid</source>
        <translation>Izgara</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="36"/>
        <source>Points</source>
        <translation>Noktalar</translation>
    </message>
</context>
<context>
    <name>SizeDialog</name>
    <message>
        <location filename="../../qkv_gui/export_dialogs.py" line="111"/>
        <source>Keep the proportions</source>
        <translation>Oranları koru</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export_dialogs.py" line="117"/>
        <source>Width:</source>
        <translation>Genişlik:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export_dialogs.py" line="118"/>
        <source>Height:</source>
        <translation>Yükseklik:</translation>
    </message>
</context>
<context>
    <name>StepToolBar</name>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="151"/>
        <source>Step through</source>
        <translation>Adım adım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="153"/>
        <source>First step</source>
        <translation>İlk adım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="154"/>
        <source>Previous step</source>
        <translation>Önceki adım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="155"/>
        <source>Play / pause</source>
        <translation>Oynat / duraklat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="156"/>
        <source>Next step</source>
        <translation>Sonraki adım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="157"/>
        <source>Last step</source>
        <translation>Son adım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="164"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="158"/>
        <source>Stop and clear the highlighted path</source>
        <translation>Durdur ve vurgulanan yolu temizle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="166"/>
        <source>The order of the computation for the selected query: its query vector, every key and value, its scores, the softmax weights, its context vector.</source>
        <translation>Seçili sorgu için hesaplama sırası: sorgu vektörü, her anahtar ve değer, skorları, softmax ağırlıkları ve bağlam vektörü.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="169"/>
        <source>The cell being computed has a thick dark frame; the cells it is computed from are tinted magenta with a dashed frame. The Explain panel shows the arithmetic.</source>
        <translation>Hesaplanan hücrenin kalın, koyu bir çerçevesi vardır; onu hesaplamakta kullanılan hücreler macenta renkli ve kesik çizgili çerçevelidir. İşlemleri Açıklama paneli gösterir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="171"/>
        <source>Play speed: right is faster</source>
        <translation>Oynatma hızı: sağa doğru daha hızlı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="172"/>
        <source>Speed:</source>
        <translation>Hız:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="331"/>
        <source>{count} steps: press ▶ (F5) to play or ▶| (F6) to step</source>
        <translation>{count} adım: ▶ (F5) oynatır, ▶| (F6) bir adım ilerletir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="337"/>
        <source>Step {index}/{count} · {formula}</source>
        <translation>Adım {index}/{count} · {formula}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="355"/>
        <source>scores</source>
        <translation>skorlar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="356"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="357"/>
        <source>context</source>
        <translation>bağlam</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="369"/>
        <source>Query {query}: {path}</source>
        <translation>Sorgu {query}: {path}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/step_through.py" line="379"/>
        <source>{cell}: masked by the causal mask</source>
        <translation>{cell}: nedensel maskeyle gizlendi</translation>
    </message>
</context>
<context>
    <name>SvdPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="168"/>
        <source>I = U Σ Vᵀ: each right singular vector v_k is a direction the inputs vary along (a “topic”); σ_k² says how much of the inputs lies along it.</source>
        <translation>I = U Σ Vᵀ: her sağ tekil vektör v_k, girdilerin boyunca değiştiği bir yöndür (bir “konu”); σ_k² girdilerin ne kadarının bu yönde olduğunu söyler.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="171"/>
        <source>How many topic directions to keep: V_m holds the first m right singular vectors, so a projected vector has m numbers.</source>
        <translation>Kaç konu yönünün tutulacağı: V_m ilk m sağ tekil vektörü içerir, bu yüzden izdüşürülmüş bir vektör m sayıdan oluşur.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="173"/>
        <source>Keep the top m directions:</source>
        <translation>İlk m yönü tut:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="175"/>
        <source>Set W_Q = W_K = V_m (and W_V = identity) and turn the projections on, as one undo step: attention then compares the inputs in the topic space.</source>
        <translation>W_Q = W_K = V_m (ve W_V = birim matris) yap ve izdüşümleri aç, hepsi tek geri alma adımında: dikkat, girdileri artık konu uzayında karşılaştırır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="178"/>
        <source>Each input x at (x·v₁, x·v₂): its strength in the first two topics. The colour is the topic it leans on most.</source>
        <translation>Her girdi x, (x·v₁, x·v₂) noktasında: ilk iki konudaki gücü. Renk, en çok ağır bastığı konuyu gösterir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="180"/>
        <source>cosine</source>
        <translation>kosinüs</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="181"/>
        <source>dot product</source>
        <translation>nokta çarpımı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="183"/>
        <source>How to compare two inputs: cosine = direction only (−1 … 1), dot = direction and length.</source>
        <translation>İki girdi nasıl karşılaştırılır: kosinüs = yalnızca yön (−1 … 1), nokta = yön ve uzunluk.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="184"/>
        <source>Compatibility of the inputs:</source>
        <translation>Girdilerin uyumluluğu:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="186"/>
        <source>Singular values: share of Σ σ² per direction</source>
        <translation>Tekil değerler: her yönün Σ σ² içindeki payı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="187"/>
        <source>energy %</source>
        <translation>enerji (%)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="190"/>
        <source>Inputs in the topic space (colour = topic)</source>
        <translation>Konu uzayındaki girdiler (renk = konu)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="191"/>
        <source>topic 1: x·v₁</source>
        <translation>konu 1: x·v₁</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="192"/>
        <source>topic 2: x·v₂</source>
        <translation>konu 2: x·v₂</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="335"/>
        <source>Use the topic space: W_Q = W_K = V_{m}</source>
        <translation>Konu uzayını kullan: W_Q = W_K = V_{m}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="402"/>
        <source>σ = {sigma}
{share} %</source>
        <translation>σ = {sigma}
%{share}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="409"/>
        <source>keeps {share} % of Σ σ²</source>
        <translation>Σ σ² değerinin %{share} kadarını tutar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="410"/>
        <source>Use as W_Q = W_K = V_{m}</source>
        <translation>W_Q = W_K = V_{m} olarak kullan</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="458"/>
        <source>cos</source>
        <translation>cos</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="458"/>
        <source>dot</source>
        <translation>nokta</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="459"/>
        <source>before: {name}(x_i, x_j)</source>
        <translation>önce: {name}(x_i, x_j)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="461"/>
        <source>after: {name}(x_i·V_{m}, x_j·V_{m})</source>
        <translation>sonra: {name}(x_i·V_{m}, x_j·V_{m})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="467"/>
        <source>in use: W_Q = W_K = V_{m} ✓</source>
        <translation>kullanımda: W_Q = W_K = V_{m} ✓</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="412"/>
        <source>SVD topic space</source>
        <translation>SVD konu uzayı</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="273"/>
        <source>Training moves W_Q and W_K by gradient descent until the softmax weights match the target T. Loss = Σ T·log(T / weights) / m, 0 when they match.</source>
        <translation>Eğitim, softmax ağırlıkları hedef T ile eşleşene kadar W_Q ve W_K matrislerini gradyan inişiyle değiştirir. Kayıp = Σ T·log(T / ağırlıklar) / m; eşleştiklerinde 0 olur.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="275"/>
        <source>attend to itself</source>
        <translation>kendine dikkat et</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="275"/>
        <source>attend to the previous token</source>
        <translation>önceki belirtece dikkat et</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="276"/>
        <source>attend to the same topic</source>
        <translation>aynı konuya dikkat et</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="276"/>
        <source>the weights I set by hand</source>
        <translation>elle ayarladığım ağırlıklar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="280"/>
        <source>Paint your own target: tick “Set weights by hand” in the toolbar and drag or type the numbers in the “Weights (set by hand)” table (each row sums to 1), then pick “the weights I set by hand” and press Train. Training drops the hand-set weights and learns W_Q, W_K whose softmax weights match them.</source>
        <translation>Kendi hedefinizi çizin: araç çubuğunda “Ağırlıkları elle ayarla” kutusunu işaretleyin, “Ağırlıklar (elle ayarlanan)” tablosundaki sayıları sürükleyin ya da yazın (her satırın toplamı 1), sonra “elle ayarladığım ağırlıklar” seçeneğini seçip Eğit düğmesine basın. Eğitim elle ayarlanan ağırlıkları bırakır ve softmax ağırlıkları bunlarla eşleşen W_Q, W_K matrislerini öğrenir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="287"/>
        <source>The attention pattern T to learn: each query attends to itself, to the token before it, or evenly to the tokens of its topic (from the SVD of the inputs).</source>
        <translation>Öğrenilecek dikkat örüntüsü T: her sorgu ya kendine, ya kendinden önceki belirtece ya da kendi konusundaki belirteçlere eşit olarak dikkat eder (konular girdilerin SVD&apos;sinden gelir).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="289"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="290"/>
        <source>gradient descent</source>
        <translation>gradyan inişi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="292"/>
        <source>Gradient descent: W ← W − η·∂L/∂W. Adam scales each step by running averages of the gradient, so every number moves by about η per step.</source>
        <translation>Gradyan inişi: W ← W − η·∂L/∂W. Adam her adımı gradyanın hareketli ortalamalarıyla ölçekler; böylece her sayı adım başına yaklaşık η kadar değişir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="295"/>
        <source>The learning rate η: how far one step moves W_Q and W_K. The arrows step through 1, 2, 5 × 10^k; it can be changed while training.</source>
        <translation>Öğrenme oranı η: bir adımın W_Q ve W_K matrislerini ne kadar değiştirdiği. Oklar 1, 2, 5 × 10^k değerleri arasında ilerler; eğitim sırasında da değiştirilebilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="297"/>
        <source>Target:</source>
        <translation>Hedef:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="297"/>
        <source>Optimizer:</source>
        <translation>Optimize edici:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="297"/>
        <source>rate η:</source>
        <translation>oran η:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="300"/>
        <source>Train / Pause</source>
        <translation>Eğit / Duraklat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="302"/>
        <source>Train: gradient steps, live, until the loss is below {goal} or after {steps} steps. Pause makes the whole run one undo step. (Space)</source>
        <translation>Eğit: kayıp {goal} altına inene kadar ya da {steps} adım boyunca canlı gradyan adımları. Duraklatınca tüm çalışma tek geri alma adımı olur. (Space)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="304"/>
        <source>Step once</source>
        <translation>Tek adım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="305"/>
        <source>One gradient step (one undo step).</source>
        <translation>Tek bir gradyan adımı (tek geri alma adımı).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="306"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="307"/>
        <source>Back to the session before training started.</source>
        <translation>Eğitim başlamadan önceki oturuma dön.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="309"/>
        <source>Loss (log scale)</source>
        <translation>Kayıp (log ölçek)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="310"/>
        <source>step</source>
        <translation>adım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="311"/>
        <source>goal {goal}</source>
        <translation>hedef {goal}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="312"/>
        <source>Target T (rows: queries, columns: keys)</source>
        <translation>Hedef T (satırlar: sorgular, sütunlar: anahtarlar)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="361"/>
        <source>The loss is already below {goal}: the weights match the target. Pick another target or press Reset.</source>
        <translation>Kayıp zaten {goal} altında: ağırlıklar hedefle eşleşiyor. Başka bir hedef seçin ya da Sıfırla düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="381"/>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="536"/>
        <source>Train W_Q, W_K</source>
        <translation>W_Q, W_K matrislerini eğit</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="396"/>
        <source>Training step</source>
        <translation>Eğitim adımı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="409"/>
        <source>Reset training</source>
        <translation>Eğitimi sıfırla</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="411"/>
        <source>Reset: back to the session before training.</source>
        <translation>Sıfırla: eğitimden önceki oturuma dön.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="427"/>
        <source>There are no hand-set weights to learn: tick “Set weights by hand” in the toolbar, set the weights you want, then train.</source>
        <translation>Öğrenilecek elle ayarlanmış ağırlık yok: araç çubuğunda “Ağırlıkları elle ayarla” kutusunu işaretleyin, istediğiniz ağırlıkları ayarlayın, sonra eğitin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="458"/>
        <source>Training produced matrices that cannot be computed; lower the learning rate and press Reset.</source>
        <translation>Eğitim hesaplanamayan matrisler üretti; öğrenme oranını düşürün ve Sıfırla düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="469"/>
        <source>The loss is no longer a finite number: lower the learning rate and press Reset.</source>
        <translation>Kayıp artık sonlu bir sayı değil: öğrenme oranını düşürün ve Sıfırla düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="476"/>
        <source>The loss is below {goal} after {steps} steps: training stopped. Undo takes the whole run back.</source>
        <translation>{steps} adımdan sonra kayıp {goal} altında: eğitim durdu. Geri al, tüm çalışmayı geri alır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="483"/>
        <source>Stopped after {steps} steps with the loss at {loss}. Press Train to go on, or try another learning rate.</source>
        <translation>{steps} adımdan sonra durdu, kayıp {loss}. Devam etmek için Eğit düğmesine basın ya da başka bir öğrenme oranı deneyin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="506"/>
        <source>Pick dot, scaled dot or general under Score to train.</source>
        <translation>Eğitmek için Skor altında nokta, ölçekli nokta ya da genel seçin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="537"/>
        <source>Training paused: the session was changed.</source>
        <translation>Eğitim duraklatıldı: oturum değiştirildi.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="552"/>
        <source>not training</source>
        <translation>eğitim yapılmıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="563"/>
        <source>Set weights by hand first (toolbar: “Set weights by hand”): they become the target.</source>
        <translation>Önce ağırlıkları elle ayarlayın (araç çubuğu: “Ağırlıkları elle ayarla”): bunlar hedef olur.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="577"/>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="594"/>
        <source>loss {loss}</source>
        <translation>kayıp {loss}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="591"/>
        <source>step {step}</source>
        <translation>adım {step}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="593"/>
        <source>paused at step {step}</source>
        <translation>duraklatıldı, adım {step}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="611"/>
        <source>Pause ❚❚</source>
        <translation>Duraklat ❚❚</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="611"/>
        <source>Train ▶</source>
        <translation>Eğit ▶</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="635"/>
        <source>Training paused so you can edit.</source>
        <translation>Düzenleyebilmeniz için eğitim duraklatıldı.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="414"/>
        <source>Train</source>
        <translation>Eğitim</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="40"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="7"/>
        <source>ViewBox options</source>
        <translation>Görünüm seçenekleri</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="41"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="8"/>
        <source>View All</source>
        <translation>Tümünü göster</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="47"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="9"/>
        <source>Mouse Mode</source>
        <translation>Fare kipi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="49"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="10"/>
        <source>3 button</source>
        <translation>3 düğme</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="50"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="11"/>
        <source>1 button</source>
        <translation>1 düğme</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="12"/>
        <source>axis</source>
        <translation>ekseni</translation>
    </message>
</context>
<context>
    <name>WeightsBarView</name>
    <message>
        <location filename="../../qkv_gui/widgets/weights_bar.py" line="86"/>
        <source>weight</source>
        <translation>ağırlık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/weights_bar.py" line="174"/>
        <source>Weights of query “{label}” (set by hand)</source>
        <translation>“{label}” sorgusunun ağırlıkları (elle ayarlanan)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/weights_bar.py" line="175"/>
        <source>“{label}” (set by hand)</source>
        <translation>“{label}” (elle ayarlanan)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/weights_bar.py" line="177"/>
        <source>Weights of query “{label}” (sum = 1)</source>
        <translation>“{label}” sorgusunun ağırlıkları (toplam = 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/weights_bar.py" line="178"/>
        <source>Weights of “{label}”</source>
        <translation>“{label}” için ağırlıklar</translation>
    </message>
</context>
<context>
    <name>compute</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="60"/>
        <source>inputs is empty</source>
        <translation>inputs boş</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="61"/>
        <source>mode must be &apos;self&apos; or &apos;seq2seq&apos;, not {got}</source>
        <translation>mode &apos;self&apos; ya da &apos;seq2seq&apos; olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="62"/>
        <source>decoder is required in seq2seq mode and must not be empty</source>
        <translation>seq2seq modunda decoder gereklidir ve boş olmamalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="63"/>
        <source>{name} is required when the projection is enabled</source>
        <translation>izdüşüm açıkken {name} gereklidir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="64"/>
        <source>{name} has {rows} rows but the inputs have {cols} columns</source>
        <translation>{name} içinde {rows} satır var, ama girdilerde {cols} sütun var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="65"/>
        <source>{name} has {rows} rows but the decoder states have {cols} columns</source>
        <translation>{name} içinde {rows} satır var, ama kod çözücü durumlarında {cols} sütun var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="66"/>
        <source>w_q has {q} columns but w_k has {k}; queries and keys need the same dimension</source>
        <translation>w_q içinde {q} sütun var, ama w_k içinde {k}; sorgular ve anahtarlar aynı boyutta olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="67"/>
        <source>decoder has {got} columns but the inputs have {d}; without a projection queries and keys need the same dimension</source>
        <translation>decoder içinde {got} sütun var, ama girdilerde {d}; izdüşüm olmadan sorgular ve anahtarlar aynı boyutta olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="68"/>
        <source>w_a must be {d_k} × {d_k} for the general score, got {rows} × {cols}</source>
        <translation>genel skor için w_a {d_k} × {d_k} olmalı; verilen: {rows} × {cols}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="69"/>
        <source>w_a must be {d_k} × {d_k} for the general score, got missing</source>
        <translation>genel skor için w_a {d_k} × {d_k} olmalı; w_a yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="70"/>
        <source>w_a must have {rows} rows (2·d_k) for the additive score, got {got} rows</source>
        <translation>toplamsal skor için w_a {rows} satır (2·d_k) içermeli; verilen: {got} satır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="71"/>
        <source>w_a must have {rows} rows (2·d_k) for the additive score, got missing</source>
        <translation>toplamsal skor için w_a {rows} satır (2·d_k) içermeli; w_a yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="72"/>
        <source>v_a must have length {length} (the columns of w_a), got length {got}</source>
        <translation>v_a&apos;nın uzunluğu {length} (w_a&apos;nın sütunları) olmalı; verilen uzunluk: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="73"/>
        <source>v_a must have length {length} (the columns of w_a), got missing</source>
        <translation>v_a&apos;nın uzunluğu {length} (w_a&apos;nın sütunları) olmalı; v_a yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="74"/>
        <source>score kind {kind} is not one of dot, scaled_dot, cosine, general, additive</source>
        <translation>skor türü {kind}; dot, scaled_dot, cosine, general, additive türlerinden biri değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="75"/>
        <source>temperature must be a positive number, got {got}</source>
        <translation>sıcaklık pozitif bir sayı olmalı; verilen değer: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="76"/>
        <source>causal is only available in self mode</source>
        <translation>nedensel maske yalnızca self modunda kullanılabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="77"/>
        <source>weights_override is {rows} × {cols} but must be {m} × {n} (queries × inputs)</source>
        <translation>weights_override {rows} × {cols} boyutunda, ama {m} × {n} (sorgular × girdiler) olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="78"/>
        <source>weights_override contains a number that is not finite</source>
        <translation>weights_override sonlu olmayan bir sayı içeriyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="79"/>
        <source>weights_override row {row} has a negative weight</source>
        <translation>weights_override içinde {row}. satırda negatif bir ağırlık var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="80"/>
        <source>weights_override row {row} sums to {total}, not 1</source>
        <translation>weights_override içinde {row}. satırın toplamı 1 değil, {total}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="81"/>
        <source>the causal mask hides input {col} from query {row}: its weight stays 0</source>
        <translation>nedensel maske {col}. girdiyi {row}. sorgudan gizler: ağırlığı 0 kalır</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="82"/>
        <source>the last input cannot be removed</source>
        <translation>son girdi silinemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="83"/>
        <source>the last decoder state cannot be removed</source>
        <translation>son kod çözücü durumu silinemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="84"/>
        <source>{name} must be at least 1</source>
        <translation>{name} en az 1 olmalı</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="6"/>
        <source>Projection is off: the {what} are the raw {source} vectors.</source>
        <translation>İzdüşüm kapalı: {what}, ham {source} vektörleridir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="7"/>
        <source>{name} = {source} · {weight}: row {row} of the {source_name} times column {col} of {weight}.</source>
        <translation>{name} = {source} · {weight}: {source_name} içindeki {row}. satır çarpı {weight} içindeki {col}. sütun.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="8"/>
        <source>In seq2seq attention the keys and the values are both the encoder states.</source>
        <translation>Seq2seq dikkatinde anahtarlar da değerler de kodlayıcı durumlarıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="9"/>
        <source>Dividing by √d_k = √{d_k} keeps the scores from growing with the dimension.</source>
        <translation>√d_k = √{d_k} ile bölmek, skorların boyutla birlikte büyümesini önler.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="10"/>
        <source>One of the vectors is zero, so the cosine is defined as 0.</source>
        <translation>Vektörlerden biri sıfır olduğu için kosinüs 0 kabul edilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="11"/>
        <source>Scores are divided by the temperature T = {t} before the softmax.</source>
        <translation>Skorlar softmax&apos;tan önce T = {t} sıcaklığına bölünür.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="12"/>
        <source>Masked by the causal mask: query {row} may only look at inputs 1..{row}.</source>
        <translation>Nedensel maskeyle gizlendi: {row}. sorgu yalnızca 1..{row} girdilerine bakabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="13"/>
        <source>This weight was set by hand (weights override), so the softmax is not used.</source>
        <translation>Bu ağırlık elle ayarlandı (ağırlıkların üzerine yazıldı), bu yüzden softmax kullanılmıyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="14"/>
        <source>Softmax turns the scores of query {row} into weights that sum to 1.</source>
        <translation>Softmax, {row} sorgusunun skorlarını toplamı 1 olan ağırlıklara dönüştürür.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="15"/>
        <source>The context vector is the weighted sum of the values.</source>
        <translation>Bağlam vektörü, değerlerin ağırlıklı toplamıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="16"/>
        <source>With weight 1 on the last input the context is just its value: the classic seq2seq context vector.</source>
        <translation>Son girdinin ağırlığı 1 olduğunda bağlam doğrudan onun değeridir: klasik seq2seq bağlam vektörü.</translation>
    </message>
</context>
<context>
    <name>lesson_file</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="111"/>
        <source>the file is not a qkv-gui lesson: it must hold a JSON object with &quot;format&quot;: &quot;{format}&quot;</source>
        <translation>dosya bir qkv-gui dersi değil: &quot;format&quot;: &quot;{format}&quot; içeren bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="112"/>
        <source>unknown lesson &quot;{name}&quot;; the lessons are: {names}</source>
        <translation>bilinmeyen ders &quot;{name}&quot;; dersler şunlar: {names}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="113"/>
        <source>panel must be the name of a panel (a short string) or null, not {got}</source>
        <translation>panel bir panelin adı (kısa bir metin) ya da null olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="114"/>
        <source>{key} is missing from the lesson file</source>
        <translation>ders dosyasında {key} eksik</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="128"/>
        <source>Attention in a seq2seq model</source>
        <translation>Bir seq2seq modelinde dikkat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="129"/>
        <source>A seq2seq encoder squeezes the whole input into one vector, which is not enough for long inputs. Attention lets the decoder use all the encoder states h1…h4. The query is the decoder state s, and the keys and the values are the encoder states themselves. score(s, h_j) = s·h_j measures how well they fit, weight_j = exp(score_j) / Σ_k exp(score_k) turns the scores into weights that sum to 1, and context = Σ_j weight_j h_j is the weighted sum of the values.</source>
        <translation>Bir seq2seq kodlayıcısı tüm girdiyi tek bir vektöre sıkıştırır; bu, uzun girdiler için yeterli değildir. Dikkat, kod çözücünün tüm kodlayıcı durumlarını (h1…h4) kullanmasını sağlar. Sorgu, kod çözücü durumu s; anahtarlar ve değerler ise kodlayıcı durumlarının kendileridir. score(s, h_j) = s·h_j ne kadar uyuştuklarını ölçer, weight_j = exp(score_j) / Σ_k exp(score_k) skorları toplamı 1 olan ağırlıklara dönüştürür ve context = Σ_j weight_j h_j değerlerin ağırlıklı toplamıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="130"/>
        <source>Edit the decoder state s1 so that h4 gets the most weight (hint: make s1 point like h4 = [0, 5, 1], e.g. s1 = [0, 10, 0]).</source>
        <translation>Kod çözücü durumu s1&apos;i, en çok ağırlığı h4 alacak şekilde düzenleyin (ipucu: s1&apos;i h4 = [0, 5, 1] ile aynı yöne çevirin, ör. s1 = [0, 10, 0]).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="132"/>
        <source>Only the last input: the classic seq2seq context</source>
        <translation>Yalnızca son girdi: klasik seq2seq bağlamı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="133"/>
        <source>Force the weight of the last input to 1 and all earlier weights to 0: context = 0·h1 + 0·h2 + 0·h3 + 1·h4 = h4. Attention then reduces to the original seq2seq model, whose decoder only sees the last encoder state; nothing before it is attended to.</source>
        <translation>Son girdinin ağırlığını 1&apos;e, önceki tüm ağırlıkları 0&apos;a sabitleyin: context = 0·h1 + 0·h2 + 0·h3 + 1·h4 = h4. Dikkat bu durumda, kod çözücüsü yalnızca son kodlayıcı durumunu gören özgün seq2seq modeline indirgenir; ondan öncekilerin hiçbirine dikkat edilmez.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="134"/>
        <source>Compare the context with h4: they are equal. Drag the last weight below 1 and watch the earlier states mix in, then press &quot;Only the last input&quot; to get h4 back.</source>
        <translation>Bağlamı h4 ile karşılaştırın: eşitler. Son ağırlığı 1&apos;in altına sürükleyin ve önceki durumların karışmasını izleyin, sonra h4&apos;ü geri almak için &quot;Yalnızca son girdi&quot; düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="136"/>
        <source>Self-attention: Q, K and V are transforms of the inputs</source>
        <translation>Öz-dikkat: Q, K ve V girdilerin dönüşümleridir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="137"/>
        <source>In self-attention every input x_i asks and answers. The inputs I (one row per token) are multiplied by three matrices: Q = I·W_Q, K = I·W_K, V = I·W_V. Then score_ij = q_i·k_j, softmax gives the weights and context_i = Σ_j weight_ij v_j. We could use the raw vectors directly, so why transform? Because the matrices decide what each token looks for (its query), what it offers (its key) and what it passes on (its value), and W_Q and W_K may differ.</source>
        <translation>Öz-dikkatte her girdi x_i hem sorar hem yanıtlar. Girdiler I (her belirteç için bir satır) üç matrisle çarpılır: Q = I·W_Q, K = I·W_K, V = I·W_V. Ardından score_ij = q_i·k_j olur, softmax ağırlıkları verir ve context_i = Σ_j weight_ij v_j. Ham vektörleri doğrudan kullanabilirdik; öyleyse neden dönüştürelim? Çünkü matrisler her belirtecin ne aradığını (sorgusu), ne sunduğunu (anahtarı) ve neyi aktardığını (değeri) belirler; ayrıca W_Q ile W_K farklı olabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="138"/>
        <source>Edit W_Q so that x1 gives itself more than half of its weight. q1 = x1·W_Q is row 1 plus row 3 of W_Q; hint: set row 1 of W_Q to [-2, 0, 1].</source>
        <translation>W_Q matrisini, x1 ağırlığının yarısından fazlasını kendine verecek şekilde düzenleyin. q1 = x1·W_Q, W_Q matrisinin 1. ve 3. satırlarının toplamıdır; ipucu: W_Q matrisinin 1. satırını [-2, 0, 1] yapın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="140"/>
        <source>Raw vectors or projected ones?</source>
        <translation>Ham vektörler mi, izdüşürülmüş olanlar mı?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="141"/>
        <source>Without the projection score_ij = x_i·x_j / √d: the scores are symmetric, and a vector is usually most similar to itself, so most words attend mainly to themselves. With the projection score_ij = (x_i W_Q)·(x_j W_K) / √d_k: the matrices choose which features count, so a word can look for a different word.</source>
        <translation>İzdüşüm olmadan score_ij = x_i·x_j / √d: skorlar simetriktir ve bir vektör genellikle en çok kendine benzer; bu yüzden çoğu sözcük esas olarak kendine dikkat eder. İzdüşümle score_ij = (x_i W_Q)·(x_j W_K) / √d_k: hangi özelliklerin önemli olduğunu matrisler seçer; böylece bir sözcük başka bir sözcüğü arayabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="142"/>
        <source>Switch the projection off and compare the scores and the weights with the projected ones (or use the raw vs. projected comparison).</source>
        <translation>İzdüşümü kapatın; skorları ve ağırlıkları izdüşürülmüş olanlarla karşılaştırın (ya da ham / izdüşürülmüş karşılaştırmasını kullanın).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="144"/>
        <source>The SVD topic space</source>
        <translation>SVD konu uzayı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="145"/>
        <source>Seven users rate five movies (The Matrix, Alien, Star Wars, Casablanca, Titanic). The SVD I = U Σ Vᵀ finds the directions the ratings really vary in: only two singular values are non-zero, and the first two columns of V are the topics sci-fi and romance. Multiplying by V_2 maps each user to 2 numbers, a strength per topic, so users with the same taste line up on the same axis. A matrix like W_Q = W_K = V_2 gives attention a better space to measure compatibility in.</source>
        <translation>Yedi kullanıcı beş filme puan veriyor (The Matrix, Alien, Star Wars, Casablanca, Titanic). SVD I = U Σ Vᵀ, puanların gerçekten değiştiği yönleri bulur: yalnızca iki tekil değer sıfırdan farklıdır ve V&apos;nin ilk iki sütunu bilimkurgu ve romantik film konularıdır. V_2 ile çarpmak her kullanıcıyı 2 sayıya, yani konu başına bir güce eşler; böylece aynı zevke sahip kullanıcılar aynı eksen üzerinde sıralanır. W_Q = W_K = V_2 gibi bir matris, dikkate uyumluluğu ölçmek için daha iyi bir uzay sağlar.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="146"/>
        <source>In the SVD panel keep m = 2 and set W_Q = W_K = V_2. The queries become 2-D and the sci-fi and romance fans line up on two axes; the scores do not change, because the two topics hold all of the ratings.</source>
        <translation>SVD panelinde m = 2 değerini koruyun ve W_Q = W_K = V_2 yapın. Sorgular 2 boyutlu olur; bilimkurgu ve romantik film hayranları iki eksen üzerinde sıralanır. Skorlar değişmez, çünkü iki konu puanların tamamını taşır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="148"/>
        <source>Projections change the dimension: 5 → 2</source>
        <translation>İzdüşümler boyutu değiştirir: 5 → 2</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="149"/>
        <source>W_Q and W_K here are 5 × 2, so each 5-D input becomes a 2-D query and a 2-D key: q_i = x_i·W_Q. A projection can change the dimension, from n to m numbers per vector (here from 5 to 2), so the geometry plot shows the queries and the keys exactly: a key gets a high score when it points the same way as the query.</source>
        <translation>Burada W_Q ve W_K 5 × 2 boyutludur; böylece her 5 boyutlu girdi 2 boyutlu bir sorgu ve 2 boyutlu bir anahtar olur: q_i = x_i·W_Q. Bir izdüşüm boyutu değiştirebilir: vektör başına n sayıdan m sayıya (burada 5&apos;ten 2&apos;ye). Bu yüzden geometri grafiği sorguları ve anahtarları tam olarak gösterir: bir anahtar, sorguyla aynı yöne baktığında yüksek skor alır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="150"/>
        <source>Edit W_K so that &quot;the&quot; gives &quot;robot&quot; the most weight: make the key of robot point like the query of &quot;the&quot; (hint: change row 5 of W_K to [1, 0]).</source>
        <translation>W_K matrisini, &quot;the&quot; belirteci en çok ağırlığı &quot;robot&quot; belirtecine verecek şekilde düzenleyin: robot belirtecinin anahtarını &quot;the&quot; belirtecinin sorgusuyla aynı yöne çevirin (ipucu: W_K matrisinin 5. satırını [1, 0] yapın).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="152"/>
        <source>The matrices are learned</source>
        <translation>Matrisler öğrenilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="153"/>
        <source>Nobody tunes W_Q and W_K by hand in a real network: they are learned. Pick a target pattern T and training lowers the loss L = (1/m) Σ_i Σ_j T_ij log(T_ij / weight_ij) by gradient descent: W ← W − η ∂L/∂W, with ∂L/∂score = (weight − T)/m.</source>
        <translation>Gerçek bir ağda kimse W_Q ve W_K matrislerini elle ayarlamaz: bunlar öğrenilir. Bir hedef örüntü T seçin; eğitim, L = (1/m) Σ_i Σ_j T_ij log(T_ij / weight_ij) kaybını gradyan inişiyle düşürür: W ← W − η ∂L/∂W, burada ∂L/∂score = (weight − T)/m.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="154"/>
        <source>In the Train panel pick &quot;attend to the previous token&quot; and press Train: watch the loss fall and the weights move to the cell left of the diagonal.</source>
        <translation>Eğitim panelinde &quot;önceki belirtece dikkat et&quot; seçeneğini seçin ve Eğit düğmesine basın: kaybın düştüğünü ve ağırlıkların köşegenin solundaki hücreye kaydığını izleyin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="131"/>
        <source>h4 gets the most weight now: the decoder state points the same way as h4, so their dot product is the largest score.</source>
        <translation>Artık en çok ağırlığı h4 alıyor: kod çözücü durumu h4 ile aynı yöne bakıyor, bu yüzden nokta çarpımları en büyük skor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="135"/>
        <source>The context is exactly h4: with weights [0, …, 0, 1] attention is the classic seq2seq context vector.</source>
        <translation>Bağlam tam olarak h4: [0, …, 0, 1] ağırlıklarıyla dikkat, klasik seq2seq bağlam vektörüdür.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="139"/>
        <source>x1 gives itself more than half of its weight now: W_Q changed what x1 looks for.</source>
        <translation>x1 artık ağırlığının yarısından fazlasını kendine veriyor: W_Q, x1&apos;in ne aradığını değiştirdi.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="143"/>
        <source>These are the raw scores: symmetric, and most words attend to themselves. Switch the projection back on to compare.</source>
        <translation>Bunlar ham skorlar: simetrik ve çoğu sözcük kendine dikkat ediyor. Karşılaştırmak için izdüşümü yeniden açın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="147"/>
        <source>Queries and keys live in the 2-D topic space now: sci-fi fans and romance fans line up on two axes.</source>
        <translation>Sorgular ve anahtarlar artık 2 boyutlu konu uzayında: bilimkurgu hayranları ve romantik film hayranları iki eksen üzerinde sıralanıyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="151"/>
        <source>“the” attends to “robot” now: the key of robot points like the query of “the”.</source>
        <translation>Artık “the”, “robot” belirtecine dikkat ediyor: robot belirtecinin anahtarı, “the” belirtecinin sorgusuyla aynı yöne bakıyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="155"/>
        <source>Every token gives most of its weight to the token before it: W_Q and W_K were learned, not set by hand.</source>
        <translation>Her belirteç ağırlığının çoğunu kendinden önceki belirtece veriyor: W_Q ve W_K elle ayarlanmadı, öğrenildi.</translation>
    </message>
</context>
<context>
    <name>matrices</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="17"/>
        <source>inputs I</source>
        <translation>girdiler I</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="18"/>
        <source>encoder states H</source>
        <translation>kodlayıcı durumları H</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="19"/>
        <source>decoder states S</source>
        <translation>kod çözücü durumları S</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="20"/>
        <source>Inputs I</source>
        <translation>Girdiler I</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="21"/>
        <source>Encoder states H</source>
        <translation>Kodlayıcı durumları H</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="22"/>
        <source>Decoder states S</source>
        <translation>Kod çözücü durumları S</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="23"/>
        <source>Query weights W_Q</source>
        <translation>Sorgu matrisi W_Q</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="24"/>
        <source>Key weights W_K</source>
        <translation>Anahtar matrisi W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="25"/>
        <source>Value weights W_V</source>
        <translation>Değer matrisi W_V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="26"/>
        <source>Score weights W_a</source>
        <translation>Skor matrisi W_a</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="27"/>
        <source>Score vector v_a</source>
        <translation>Skor vektörü v_a</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="28"/>
        <location filename="../../qkv_gui/core_messages.py" line="48"/>
        <location filename="../../qkv_gui/core_messages.py" line="59"/>
        <source>Weights (set by hand)</source>
        <translation>Ağırlıklar (elle ayarlanan)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="29"/>
        <source>Queries Q = I</source>
        <translation>Sorgular Q = I</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="30"/>
        <source>Queries Q = S</source>
        <translation>Sorgular Q = S</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="31"/>
        <source>Queries Q = I·W_Q</source>
        <translation>Sorgular Q = I·W_Q</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="32"/>
        <source>Queries Q = S·W_Q</source>
        <translation>Sorgular Q = S·W_Q</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="33"/>
        <source>Keys K = I</source>
        <translation>Anahtarlar K = I</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="34"/>
        <source>Keys K = H</source>
        <translation>Anahtarlar K = H</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="35"/>
        <source>Keys K = I·W_K</source>
        <translation>Anahtarlar K = I·W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="36"/>
        <source>Keys K = H·W_K</source>
        <translation>Anahtarlar K = H·W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="37"/>
        <source>Values V = I</source>
        <translation>Değerler V = I</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="38"/>
        <source>Values V = H</source>
        <translation>Değerler V = H</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="39"/>
        <source>Values V = I·W_V</source>
        <translation>Değerler V = I·W_V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="40"/>
        <source>Values V = H·W_V</source>
        <translation>Değerler V = H·W_V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="41"/>
        <source>Scores = Q·Kᵀ</source>
        <translation>Skorlar = Q·Kᵀ</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="42"/>
        <source>Scores = Q·Kᵀ / √d_k</source>
        <translation>Skorlar = Q·Kᵀ / √d_k</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="43"/>
        <source>Scores = cos(Q, K)</source>
        <translation>Skorlar = cos(Q, K)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="44"/>
        <source>Scores = Q·W_a·Kᵀ</source>
        <translation>Skorlar = Q·W_a·Kᵀ</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="45"/>
        <source>Scores = v_a·tanh([Q; K]·W_a)</source>
        <translation>Skorlar = v_a·tanh([Q; K]·W_a)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="46"/>
        <source>Weights = softmax(scores)</source>
        <translation>Ağırlıklar = softmax(skorlar)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="47"/>
        <source>Weights = softmax(scores / T)</source>
        <translation>Ağırlıklar = softmax(skorlar / T)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="49"/>
        <source>Context = weights · V</source>
        <translation>Bağlam = ağırlıklar · V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="50"/>
        <source>Inputs I (n × d)</source>
        <translation>Girdiler I (n × d)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="51"/>
        <source>Encoder states H (n × d)</source>
        <translation>Kodlayıcı durumları H (n × d)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="52"/>
        <source>Decoder states S (m × d)</source>
        <translation>Kod çözücü durumları S (m × d)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="53"/>
        <source>W_Q (d × d_k)</source>
        <translation>W_Q (d × d_k)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="54"/>
        <source>W_K (d × d_k)</source>
        <translation>W_K (d × d_k)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="55"/>
        <source>W_V (d × d_v)</source>
        <translation>W_V (d × d_v)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="56"/>
        <source>W_a (d_k × d_k)</source>
        <translation>W_a (d_k × d_k)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="57"/>
        <source>W_a (2·d_k × h)</source>
        <translation>W_a (2·d_k × h)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="58"/>
        <source>v_a (1 × h)</source>
        <translation>v_a (1 × h)</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="85"/>
        <source>the file is not a qkv-gui session: it must hold a JSON object with &quot;format&quot;: &quot;{format}&quot;</source>
        <translation>dosya bir qkv-gui oturumu değil: &quot;format&quot;: &quot;{format}&quot; içeren bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="86"/>
        <source>version {got} is not supported; this program reads session files of version {supported}</source>
        <translation>{got} sürümü desteklenmiyor; bu program {supported} sürümündeki oturum dosyalarını okur</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="87"/>
        <source>the file is not valid JSON: {detail} at line {line}, column {column}</source>
        <translation>dosya geçerli bir JSON değil: {detail} ({line}. satır, {column}. sütun)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="88"/>
        <source>the file is not valid UTF-8 text: bad byte at line {line}, column {column}</source>
        <translation>dosya geçerli bir UTF-8 metni değil: {line}. satır, {column}. sütunda hatalı bayt</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="89"/>
        <source>the file is nested too deeply to be a session file</source>
        <translation>dosya, bir oturum dosyası olamayacak kadar derin iç içe yapıda</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="90"/>
        <source>the key &quot;{key}&quot; appears twice in the same object</source>
        <translation>&quot;{key}&quot; anahtarı aynı nesnede iki kez geçiyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="91"/>
        <source>unknown key &quot;{key}&quot; in {where}</source>
        <translation>{where} içinde bilinmeyen anahtar: &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="92"/>
        <source>{key} is missing from the session file</source>
        <translation>oturum dosyasında {key} eksik</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="93"/>
        <source>projection.{key} is required when the projection is enabled</source>
        <translation>izdüşüm açıkken projection.{key} gereklidir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="94"/>
        <source>{key} must be {expected}, not {got}</source>
        <translation>{key} {expected} olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="95"/>
        <source>mode must be one of {choices}, not {got}</source>
        <translation>mode şunlardan biri olmalı: {choices}; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="96"/>
        <source>score.kind must be one of {choices}, not {got}</source>
        <translation>score.kind şunlardan biri olmalı: {choices}; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="97"/>
        <source>{key} is only allowed in {mode} mode</source>
        <translation>{key} yalnızca {mode} modunda kullanılabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="98"/>
        <source>{key} must be a list of rows, each a list of numbers, not {got}</source>
        <translation>{key}, her biri bir sayı listesi olan satırlardan oluşan bir liste olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="99"/>
        <source>{key} must be a list of numbers, not {got}</source>
        <translation>{key} bir sayı listesi olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="100"/>
        <source>{key} is empty</source>
        <translation>{key} boş</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="101"/>
        <source>{key} row {row} has {count} numbers but row 1 has {first}</source>
        <translation>{key} içinde {row}. satırda {count} sayı var, ama 1. satırda {first} sayı var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="102"/>
        <source>{key} must be a number, not {got}</source>
        <translation>{key} bir sayı olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="103"/>
        <source>{key} is not a finite number</source>
        <translation>{key} sonlu bir sayı değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="104"/>
        <source>score.temperature must be greater than 0, got {got}</source>
        <translation>score.temperature 0&apos;dan büyük olmalı; verilen değer: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="105"/>
        <source>labels has {count} names but inputs has {n} rows</source>
        <translation>labels içinde {count} ad var, ama inputs içinde {n} satır var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="106"/>
        <source>weights_override row {row} has a negative weight, {got}</source>
        <translation>weights_override içinde {row}. satırda negatif bir ağırlık var: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="107"/>
        <source>weights_override row {row} sums to {total}, not 1</source>
        <translation>weights_override içinde {row}. satırın toplamı 1 değil, {total}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="108"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="109"/>
        <source>cannot {action} {path}: {reason}</source>
        <translation>{path} için {action} işlemi yapılamadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="110"/>
        <source>unknown preset &quot;{name}&quot;; the presets are: {names}</source>
        <translation>bilinmeyen hazır örnek &quot;{name}&quot;; hazır örnekler şunlar: {names}</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="115"/>
        <source>training supports the dot, scaled_dot and general scores, not {kind}</source>
        <translation>eğitim yalnızca dot, scaled_dot ve general skorlarını destekler; {kind} desteklenmez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="116"/>
        <source>the target is {rows} × {cols} but the weights are {m} × {n} (queries × inputs)</source>
        <translation>hedef {rows} × {cols} boyutunda, ama ağırlıklar {m} × {n} (sorgular × girdiler)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="117"/>
        <source>the target contains a number that is not finite</source>
        <translation>hedef, sonlu olmayan bir sayı içeriyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="118"/>
        <source>target row {row} has a negative weight</source>
        <translation>hedefin {row}. satırında negatif bir ağırlık var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="119"/>
        <source>target row {row} sums to {total}, not 1</source>
        <translation>hedefin {row}. satırının toplamı 1 değil, {total}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="120"/>
        <source>target row {row} puts weight on input {col}, which the causal mask hides</source>
        <translation>hedefin {row}. satırı, nedensel maskenin gizlediği {col}. girdiye ağırlık veriyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="121"/>
        <source>the target context is {rows} × {cols} but the context is {m} × {d_v}</source>
        <translation>hedef bağlam {rows} × {cols} boyutunda, ama bağlam {m} × {d_v}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="122"/>
        <source>there are {count} topic labels but {n} inputs</source>
        <translation>{count} konu etiketi var, ama {n} girdi var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="123"/>
        <source>the optimizer must be adam or sgd, not {name}</source>
        <translation>optimize edici adam ya da sgd olmalı; {name} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="124"/>
        <source>the learning rate must be a positive number, got {got}</source>
        <translation>öğrenme oranı pozitif bir sayı olmalı; verilen değer: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="125"/>
        <source>the number of steps must be 0 or more, got {got}</source>
        <translation>adım sayısı 0 ya da daha büyük olmalı; verilen değer: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="126"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="127"/>
        <source>there are no hand-set weights to use as the target</source>
        <translation>hedef olarak kullanılacak elle ayarlanmış ağırlık yok</translation>
    </message>
</context>
</TS>
