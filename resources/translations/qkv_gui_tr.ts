<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ChallengesMenu</name>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="424"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="449"/>
        <source>&amp;Show challenges</source>
        <translation>&amp;Görevleri göster</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="426"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="450"/>
        <source>Bring the challenges panel to the front</source>
        <translation>Görevler panelini öne getir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="441"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="451"/>
        <source>L&amp;eave challenge</source>
        <translation>Görevden &amp;çık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="448"/>
        <location filename="../../qkv_gui/workbench.py" line="435"/>
        <source>&amp;Challenges</source>
        <translation>Görev&amp;ler</translation>
    </message>
</context>
<context>
    <name>ChallengesPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="73"/>
        <source>✓ 1 edit</source>
        <translation>✓ 1 düzenleme</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="74"/>
        <source>✓ {count} edits</source>
        <translation>✓ {count} düzenleme</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="116"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="187"/>
        <source>Click a challenge to open it. Only what it names may change.</source>
        <translation>Açmak için bir göreve tıklayın. Yalnızca görevin söylediği şey değiştirilebilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="138"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="192"/>
        <source>Everything else is locked while the challenge is open: such an edit is refused.</source>
        <translation>Görev açıkken geri kalan her şey kilitlidir: öyle bir düzenleme geri çevrilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="139"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="194"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="322"/>
        <source>Show hint</source>
        <translation>İpucunu göster</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="139"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="193"/>
        <source>Show or hide a hint</source>
        <translation>İpucunu göster ya da gizle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="165"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="196"/>
        <source>Restart</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="165"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="196"/>
        <source>Load the challenge&apos;s starting state again</source>
        <translation>Görevi başladığı duruma geri getir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="167"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="197"/>
        <source>Leave challenge</source>
        <translation>Görevden çık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="168"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="198"/>
        <source>Close the challenge, unlock every edit and go back to your own session</source>
        <translation>Görevi kapat, bütün düzenlemelerin kilidini aç ve kendi oturumuna dön</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="275"/>
        <source>This challenge lets you change only {what}; that edit was refused. Leave the challenge to edit freely.</source>
        <translation>Bu görevde yalnızca şu değiştirilebilir: {what}. Bu düzenleme geri çevrildi; serbestçe düzenlemek için görevden çıkın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="293"/>
        <source>Challenge {number}: {title}</source>
        <translation>Görev {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="308"/>
        <source>Left the challenge: your own session is back.</source>
        <translation>Görevden çıkıldı: kendi oturumunuz geri geldi.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="310"/>
        <source>Left the challenge: every edit is allowed again.</source>
        <translation>Görevden çıkıldı: artık her düzenleme serbest.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="194"/>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="322"/>
        <source>Hide hint</source>
        <translation>İpucunu gizle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="358"/>
        <source>Solved in 1 edit!</source>
        <translation>Çözüldü: 1 düzenleme yetti!</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="359"/>
        <source>Solved in {count} edits!</source>
        <translation>Çözüldü: {count} düzenleme yetti!</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="379"/>
        <location filename="../../qkv_gui/workbench.py" line="485"/>
        <source>Challenges</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="381"/>
        <source>Each challenge sets a goal and lets you change only one or two things. The goal is checked after every edit; try to reach it in as few edits as you can. Your own session waits aside until you leave the challenge.</source>
        <translation>Her görev bir hedef koyar ve yalnızca bir iki şeyi değiştirmenize izin verir. Hedef her düzenlemeden sonra denetlenir; ona olabildiğince az düzenlemeyle ulaşmaya çalışın. Görevden çıkana dek kendi oturumunuz kenarda bekler.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="389"/>
        <source>You may change only: {what}</source>
        <translation>Yalnızca şunu değiştirebilirsiniz: {what}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="403"/>
        <source>Goal met!</source>
        <translation>Hedefe ulaşıldı!</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/challenges_panel.py" line="408"/>
        <source>○ Goal not met yet · edits so far: {count}</source>
        <translation>○ Hedefe henüz ulaşılmadı · şimdiye dek düzenleme: {count}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="191"/>
        <source>Raw vs. projected</source>
        <translation>Ham / dönüştürülmüş</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="193"/>
        <source>Scores and weights with the projection off and on, for the same inputs</source>
        <translation>Aynı girdiler için dönüşüm kapalıyken ve açıkken puanlar ve ağırlıklar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="194"/>
        <source>Attention vs. last state</source>
        <translation>Dikkat / son gizli durum</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="196"/>
        <source>The attention context next to the classic seq2seq context (the last state)</source>
        <translation>Dikkatin bağlamı ile klasik seq2seq bağlamı (son gizli durum) yan yana</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="164"/>
        <source>Attention vs. last state is for seq2seq: self-attention has no last encoder state.</source>
        <translation>Dikkat / son durum karşılaştırması seq2seq içindir: öz-dikkatte son kodlayıcı durumu yoktur.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="197"/>
        <source>scores</source>
        <translation>puanlar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="197"/>
        <source>weights</source>
        <translation>ağırlıklar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="197"/>
        <source>on − off</source>
        <translation>açık − kapalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="200"/>
        <source>Switch the projection of the session in the window (one undo step)</source>
        <translation>Penceredeki oturumun dönüşümünü aç ya da kapat (tek geri alma adımı)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="201"/>
        <source>Only the last input</source>
        <translation>Yalnızca son girdi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="203"/>
        <source>Weights [0, …, 0, 1] for every query: attention reduces to the classic seq2seq context vector, the last encoder state.</source>
        <translation>Her sorgu için ağırlıklar [0, …, 0, 1]: dikkat, klasik seq2seq bağlam vektörüne, yani kodlayıcının son gizli durumuna indirgenir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="205"/>
        <source>Softmax weights</source>
        <translation>Softmax ağırlıkları</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="206"/>
        <source>Stop setting the weights by hand: softmax of the scores again</source>
        <translation>Ağırlıkları elle ayarlamayı bırak: yeniden puanların softmax&apos;ı kullanılır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="449"/>
        <source>Raw vectors</source>
        <translation>Ham vektörler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="450"/>
        <source>Projected vectors</source>
        <translation>Dönüştürülmüş vektörler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="460"/>
        <source>Q = S·W_Q, K = H·W_K</source>
        <translation>Q = S·W_Q, K = H·W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="460"/>
        <source>Q = I·W_Q, K = I·W_K</source>
        <translation>Q = I·W_Q, K = I·W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="463"/>
        <source>The window shows this now.</source>
        <translation>Pencere şu anda bunu gösteriyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="465"/>
        <source>The button below shows this in the window.</source>
        <translation>Aşağıdaki düğme bunu pencerede gösterir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="495"/>
        <source>Cannot compute the attention without the projection: {reason}</source>
        <translation>Dönüşüm olmadan dikkat hesaplanamıyor: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="497"/>
        <source>Cannot compute the attention with the projection: {reason}</source>
        <translation>Dönüşümle dikkat hesaplanamıyor: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="513"/>
        <source>Show raw</source>
        <translation>Ham hâlini göster</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="513"/>
        <source>Show projected</source>
        <translation>Dönüştürülmüş hâlini göster</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="524"/>
        <source>The weights are set by hand, so the projection cannot change them; turn “Set weights by hand” off to compare.</source>
        <translation>Ağırlıklar elle ayarlandığı için dönüşüm onları değiştiremez; karşılaştırmak için “Ağırlıkları elle ayarla” seçeneğini kapatın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="529"/>
        <source>The projection does not change the weights here.</source>
        <translation>Dönüşüm burada ağırlıkları değiştirmiyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="534"/>
        <source>The projection moves most weight for {query}, on {key}:</source>
        <translation>Dönüşümün ağırlığı en çok değiştirdiği yer: sorgu {query}, anahtar {key}:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="545"/>
        <source>Attend most to themselves: {raw} of {n} raw, {projected} of {n} projected.</source>
        <translation>En çok kendine dikkat edenler: ham {raw}/{n}, dönüştürülmüş {projected}/{n}.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="555"/>
        <source>The classic seq2seq decoder sees only the last encoder state {last}; attention mixes all of them with its weights.</source>
        <translation>Klasik seq2seq kod çözücüsü yalnızca kodlayıcının son gizli durumunu ({last}) görür; dikkat ise hepsini kendi ağırlıklarıyla karıştırır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="560"/>
        <source>Without attention only the last input {last} would be passed on; attention mixes the values of all inputs with its weights.</source>
        <translation>Dikkat olmasaydı yalnızca son girdi ({last}) aktarılırdı; dikkat ise tüm girdilerin değerlerini kendi ağırlıklarıyla karıştırır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="578"/>
        <source>Weights of {query} (set by hand)</source>
        <translation>{query} için ağırlıklar (elle ayarlanan)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="580"/>
        <source>Weights of {query}</source>
        <translation>{query} için ağırlıklar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="589"/>
        <source>c({query})</source>
        <translation>c({query})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="590"/>
        <source>{last} (last)</source>
        <translation>{last} (son)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="593"/>
        <source>Attention context  vs.  last state</source>
        <translation>Dikkatin bağlamı  ile  son gizli durum</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="601"/>
        <source>Equal: with weights {weights} attention gives the classic context vector, the last state {last}.</source>
        <translation>Eşit: {weights} ağırlıklarıyla dikkat, klasik bağlam vektörünü, yani son gizli durumu ({last}) verir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="608"/>
        <source>Different: attention mixes the encoder states with weights {weights} (query {query}), so its context is not the last state {last}.</source>
        <translation>Farklı: dikkat, kodlayıcının gizli durumlarını {weights} ağırlıklarıyla karıştırır (sorgu {query}); bu yüzden bağlamı son gizli durum ({last}) değildir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="613"/>
        <source>Different: attention mixes the values of all inputs with weights {weights} (query {query}), so its context is not the value of the last input {last}.</source>
        <translation>Farklı: dikkat, tüm girdilerin değerlerini {weights} ağırlıklarıyla karıştırır (sorgu {query}); bu yüzden bağlamı son girdinin ({last}) değeri değildir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/compare_panel.py" line="637"/>
        <source>Use softmax weights</source>
        <translation>Softmax ağırlıklarını kullan</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="482"/>
        <source>Compare</source>
        <translation>Karşılaştırma</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="203"/>
        <source>Controls</source>
        <translation>Denetimler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="204"/>
        <source>Self-attention</source>
        <translation>Öz-dikkat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="205"/>
        <source>Seq2seq attention</source>
        <translation>Seq2seq dikkati</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="207"/>
        <source>Self-attention: queries, keys and values all come from the inputs.
Seq2seq: the decoder state is the query; the encoder states are the keys and the values.</source>
        <translation>Öz-dikkat: sorgular, anahtarlar ve değerlerin hepsi girdilerden gelir.
Seq2seq: sorgu, kod çözücünün gizli durumudur; anahtarlar ve değerler kodlayıcının gizli durumlarıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="209"/>
        <source>Heads:</source>
        <translation>Kafa sayısı:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="211"/>
        <source>h = </source>
        <translation>h = </translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="213"/>
        <source>How many attention heads (1 to {max}). Each head has its own block of columns in W_Q, W_K and W_V and its own weights; their contexts are put side by side.
More than one head needs the projections and a dot, scaled dot or cosine score.</source>
        <translation>Kaç dikkat kafası olacağı (1 ile {max} arası). Her kafanın W_Q, W_K ve W_V içinde kendi sütun bloğu ve kendi ağırlıkları vardır; kafaların bağlam vektörleri yan yana konur.
Birden çok kafa için dönüşümler açık olmalı ve puan iç çarpım, ölçekli iç çarpım ya da kosinüs olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="217"/>
        <location filename="../../qkv_gui/workbench.py" line="95"/>
        <source>Projections W_Q, W_K, W_V</source>
        <translation>Dönüşümler W_Q, W_K, W_V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="219"/>
        <location filename="../../qkv_gui/workbench.py" line="96"/>
        <source>On: Q = I·W_Q, K = I·W_K, V = I·W_V. Off: queries, keys and values are the raw vectors.</source>
        <translation>Açık: Q = I·W_Q, K = I·W_K, V = I·W_V. Kapalı: sorgular, anahtarlar ve değerler ham vektörlerdir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="220"/>
        <source>dot</source>
        <translation>iç çarpım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="220"/>
        <source>scaled dot</source>
        <translation>ölçekli iç çarpım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="220"/>
        <source>cosine</source>
        <translation>kosinüs</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="221"/>
        <source>general</source>
        <translation>çift doğrusal</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="221"/>
        <source>additive</source>
        <translation>toplamsal</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="225"/>
        <source>The compatibility function that scores a query against a key.</source>
        <translation>Bir sorguyu bir anahtara karşı puanlayan uyumluluk işlevi.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="227"/>
        <source>Softmax temperature T: weights = softmax(scores / T).
Small T sharpens the weights towards one key, large T flattens them.</source>
        <translation>Softmax sıcaklığı T: ağırlıklar = softmax(puanlar / T).
Küçük T ağırlıkları tek bir anahtarda toplar, büyük T onları eşitler.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="230"/>
        <source>Causal mask</source>
        <translation>Nedensel maske</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="231"/>
        <source>Self-attention only: query i may look at inputs 1..i, not at later ones.</source>
        <translation>Yalnızca öz-dikkatte: i. sorgu 1..i girdilerine bakabilir, sonrakilere bakamaz.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="232"/>
        <location filename="../../qkv_gui/widgets/controls.py" line="354"/>
        <source>Set weights by hand</source>
        <translation>Ağırlıkları elle ayarla</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="305"/>
        <source>Set {heads} heads</source>
        <translation>Kafa sayısını {heads} yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="312"/>
        <source>{heads} heads: the projections W_Q, W_K, W_V are now on and the score is the scaled dot product, as several heads need.</source>
        <translation>Kafa sayısı {heads}: birden çok kafa gerektirdiği için W_Q, W_K, W_V dönüşümleri açıldı ve puan artık ölçekli iç çarpım.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="315"/>
        <source>{heads} heads: the projections W_Q, W_K, W_V are now on, as several heads need.</source>
        <translation>Kafa sayısı {heads}: birden çok kafa gerektirdiği için W_Q, W_K, W_V dönüşümleri açıldı.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="317"/>
        <source>{heads} heads: the score is now the scaled dot product (the general and additive scores work with one head only).</source>
        <translation>Kafa sayısı {heads}: puan artık ölçekli iç çarpım (genel ve toplamsal puanlar yalnızca tek kafayla çalışır).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="236"/>
        <location filename="../../qkv_gui/workbench.py" line="103"/>
        <source>Only the last input</source>
        <translation>Yalnızca son girdi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="238"/>
        <source>Weights [0, …, 0, 1] for every query: attention reduces to the classic seq2seq context vector, the last encoder state.</source>
        <translation>Her sorgu için ağırlıklar [0, …, 0, 1]: dikkat, klasik seq2seq bağlam vektörüne, yani kodlayıcının son gizli durumuna indirgenir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="240"/>
        <source>Mode:</source>
        <translation>Mod:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="241"/>
        <source>Score:</source>
        <translation>Puan:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="243"/>
        <source>Temperature T:</source>
        <translation>Sıcaklık T:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="185"/>
        <location filename="../../qkv_gui/widgets/controls.py" line="336"/>
        <location filename="../../qkv_gui/widgets/controls.py" line="339"/>
        <source>Change temperature</source>
        <translation>Sıcaklığı değiştir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="234"/>
        <source>Replace the softmax weights by weights you edit yourself (each row still sums to 1).
With several heads: the weights of the head shown in detail.</source>
        <translation>Softmax ağırlıklarının yerine kendi düzenlediğiniz ağırlıkları kullanın (her satırın toplamı yine 1 olur).
Birden çok kafada: ayrıntılı gösterilen kafanın ağırlıkları.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="243"/>
        <source>T:</source>
        <translation>T:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="294"/>
        <source>context = value of the last input ✓</source>
        <translation>bağlam = son girdinin değeri ✓</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="300"/>
        <source>Switch mode</source>
        <translation>Modu değiştir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="105"/>
        <source>Causal mask on: each query&apos;s weight 1 goes to the last input it may see (itself).</source>
        <translation>Nedensel maske açık: her sorgunun 1 ağırlığı görebildiği son girdiye (kendisine) gider.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="119"/>
        <source>Turn projections on</source>
        <translation>Dönüşümleri aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="120"/>
        <source>Turn projections off</source>
        <translation>Dönüşümleri kapat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="329"/>
        <source>Change score function</source>
        <translation>Puan işlevini değiştir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="344"/>
        <source>Turn causal mask on</source>
        <translation>Nedensel maskeyi aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="344"/>
        <source>Turn causal mask off</source>
        <translation>Nedensel maskeyi kapat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="348"/>
        <source>Causal mask on: the hand-set weights on later inputs moved to the inputs each query may see.</source>
        <translation>Nedensel maske açık: sonraki girdilere elle verilen ağırlıklar, her sorgunun görebildiği girdilere taşındı.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/controls.py" line="354"/>
        <source>Use softmax weights</source>
        <translation>Softmax ağırlıklarını kullan</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="108"/>
        <source>Weights set to [0, …, 0, 1]: the context vector is now the last input&apos;s value vector.</source>
        <translation>Ağırlıklar [0, …, 0, 1] yapıldı: bağlam vektörü artık son girdinin değer vektörü.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../qkv_gui/error_hook.py" line="51"/>
        <source>Something went wrong</source>
        <translation>Bir şeyler ters gitti</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/error_hook.py" line="60"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/error_hook.py" line="63"/>
        <source>Copy the details, to paste them into a bug report</source>
        <translation>Ayrıntıları bir hata bildirimine yapıştırmak için kopyalar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/error_hook.py" line="126"/>
        <source>Something went wrong inside qkv_gui (a bug). The app goes on running.</source>
        <translation>qkv_gui içinde bir hata oluştu. Uygulama çalışmayı sürdürüyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/error_hook.py" line="129"/>
        <source>Your unsaved session was kept: if the app closes now, the next start offers it back.</source>
        <translation>Kaydedilmemiş oturumunuz saklandı: uygulama şimdi kapanırsa bir sonraki açılışta onu geri yüklemeyi önerir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/error_hook.py" line="132"/>
        <source>The details were written to {file}.</source>
        <translation>Ayrıntılar şu dosyaya yazıldı: {file}.</translation>
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
        <location filename="../../qkv_gui/export.py" line="86"/>
        <source>PNG image (*.png)</source>
        <translation>PNG görüntüsü (*.png)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="87"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG çizimi (*.svg)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="88"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="89"/>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="18"/>
        <source>Entire Scene</source>
        <translation>Tüm sahne</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="19"/>
        <source>Plot</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="20"/>
        <source>ViewBox</source>
        <translation>Görünüm kutusu</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../qkv_gui/export.py" line="272"/>
        <source>Export &amp;screenshot…</source>
        <translation>Ekran &amp;görüntüsünü dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="273"/>
        <source>Save a picture of the whole window (PNG), at screen or print resolution</source>
        <translation>Tüm pencerenin resmini ekran ya da baskı çözünürlüğünde kaydet (PNG)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="274"/>
        <source>Export &amp;figure…</source>
        <translation>Şek&amp;li dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="275"/>
        <source>Save the pipeline as one clean figure (PNG or SVG) for slides and papers</source>
        <translation>Hesaplama akışını slaytlar ve makaleler için tek, temiz bir şekil olarak kaydet (PNG ya da SVG)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="276"/>
        <source>Matrices as &amp;CSV files…</source>
        <translation>Matrisler &amp;CSV dosyaları olarak…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="277"/>
        <source>Write every matrix to its own CSV file in a folder</source>
        <translation>Her matrisi bir klasörde kendi CSV dosyasına yaz</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="278"/>
        <source>Result as &amp;JSON…</source>
        <translation>Sonuç &amp;JSON olarak…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="279"/>
        <source>Write every matrix of the result to one JSON file (as --export-data does)</source>
        <translation>Sonucun tüm matrislerini tek bir JSON dosyasına yaz (--export-data gibi)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="280"/>
        <source>Export &amp;lesson…</source>
        <translation>&amp;Dersi dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="281"/>
        <source>Save the session with the open lesson and panel, to hand out</source>
        <translation>Oturumu açık ders ve panelle birlikte, dağıtmak üzere kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="286"/>
        <source>Export &amp;data</source>
        <translation>&amp;Verileri dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="296"/>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="288"/>
        <source>Save as PNG…</source>
        <translation>PNG olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="289"/>
        <source>Save as SVG…</source>
        <translation>SVG olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="290"/>
        <source>Copy image</source>
        <translation>Görüntüyü kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="291"/>
        <source>Copy as TSV (spreadsheet)</source>
        <translation>TSV olarak kopyala (hesap tablosu)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="292"/>
        <source>Copy as LaTeX bmatrix</source>
        <translation>LaTeX bmatrix olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="293"/>
        <source>Copy as Markdown table</source>
        <translation>Markdown tablosu olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="412"/>
        <location filename="../../qkv_gui/export.py" line="420"/>
        <source>Save {name} as PNG</source>
        <translation>{name} grafiğini PNG olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="434"/>
        <source>Save {name} as SVG</source>
        <translation>{name} grafiğini SVG olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="448"/>
        <source>Copied the {name} plot as an image</source>
        <translation>{name} grafiği görüntü olarak kopyalandı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="465"/>
        <source>Copied {name} as {format}</source>
        <translation>{name}, {format} olarak kopyalandı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="476"/>
        <source>Export screenshot</source>
        <translation>Ekran görüntüsünü dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="491"/>
        <source>Export figure</source>
        <translation>Şekli dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="503"/>
        <source>Figure size</source>
        <translation>Şekil boyutu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="518"/>
        <source>Export the matrices as CSV files into…</source>
        <translation>Matrislerin CSV olarak aktarılacağı klasör…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="540"/>
        <source>Saved {count} CSV files to {folder}</source>
        <translation>{count} CSV dosyası kaydedildi: {folder}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="547"/>
        <source>Export the result as JSON</source>
        <translation>Sonucu JSON olarak dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="562"/>
        <source>Export lesson</source>
        <translation>Dersi dışa aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="573"/>
        <source>Cannot export the lesson</source>
        <translation>Ders dışa aktarılamıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="574"/>
        <location filename="../../qkv_gui/export.py" line="597"/>
        <source>Not saved: {reason}</source>
        <translation>Kaydedilmedi: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="594"/>
        <source>Cannot export</source>
        <translation>Dışa aktarılamıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="595"/>
        <source>{path} was not written: {reason}</source>
        <translation>{path} yazılamadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/export.py" line="602"/>
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
        <location filename="../../qkv_gui/figure.py" line="104"/>
        <source>Context = W · V, with the weights W set by hand</source>
        <translation>Bağlam = W · V, W ağırlıkları elle ayarlandı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="106"/>
        <source>Context = softmax(({scores}) / T) · V</source>
        <translation>Bağlam = softmax(({scores}) / T) · V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="108"/>
        <source>Context = softmax({scores}) · V</source>
        <translation>Bağlam = softmax({scores}) · V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="115"/>
        <source>causal mask: query i sees keys 1…i</source>
        <translation>nedensel maske: sorgu i, 1…i anahtarlarını görür</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="117"/>
        <source>{heads} heads, head 1 above</source>
        <translation>{heads} kafa, üstte 1. kafa</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="119"/>
        <source>Output = concat · W_O</source>
        <translation>Çıktı = birleşim · W_O</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="141"/>
        <source>Head {head}: weights</source>
        <translation>{head}. kafa: ağırlıklar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="142"/>
        <source>Head {head}</source>
        <translation>{head}. kafa</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="371"/>
        <source>Made with qkv_gui</source>
        <translation>qkv_gui ile yapıldı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/figure.py" line="449"/>
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
        <location filename="../../qkv_gui/widgets/geometry.py" line="161"/>
        <source>queries</source>
        <translation>sorgular</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="161"/>
        <source>keys</source>
        <translation>anahtarlar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="162"/>
        <source>context = Σ w·v</source>
        <translation>bağlam = Σ w·v</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="162"/>
        <source>parts w·v</source>
        <translation>parçalar w·v</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="249"/>
        <source>dimension 1 (d_k = 1)</source>
        <translation>boyut 1 (d_k = 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="249"/>
        <location filename="../../qkv_gui/widgets/geometry.py" line="251"/>
        <source>dimension 1</source>
        <translation>boyut 1</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="251"/>
        <source>dimension 2</source>
        <translation>boyut 2</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="256"/>
        <source>principal axis 1 ({percent} % of the energy)</source>
        <translation>temel eksen 1 (enerjinin %{percent} kadarı)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="257"/>
        <source>principal axis 1 ({percent} %)</source>
        <translation>temel eksen 1 (%{percent})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="258"/>
        <source>axis 1 ({percent} %)</source>
        <translation>eksen 1 (%{percent})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="260"/>
        <source>principal axis 2</source>
        <translation>temel eksen 2</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="260"/>
        <source>axis 2</source>
        <translation>eksen 2</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="281"/>
        <source>Drag the grey tips to move the inputs</source>
        <translation>Girdileri taşımak için gri uçları sürükleyin</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="282"/>
        <source>Drag the input arrows when d = 2 (here d = {d})</source>
        <translation>Girdi okları d = 2 iken sürüklenebilir (burada d = {d})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="163"/>
        <source>inputs (drag)</source>
        <translation>girdiler (sürükleyin)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="460"/>
        <source>context</source>
        <translation>bağlam</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="505"/>
        <source>(masked)</source>
        <translation>(maskeli)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="517"/>
        <source>context: in the values&apos; own plane</source>
        <translation>bağlam: değerlerin kendi düzleminde</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="616"/>
        <source>Drag input {label}</source>
        <translation>Girdiyi sürükle: {label}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/geometry.py" line="618"/>
        <source>Drag decoder state {label}</source>
        <translation>Kod çözücünün gizli durumunu sürükle: {label}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../qkv_gui/glossary_dialog.py" line="27"/>
        <source>Glossary</source>
        <translation>Sözlük</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/glossary_dialog.py" line="28"/>
        <source>The words of attention in English and in Turkish, as the app uses them.</source>
        <translation>Dikkatin terimleri, uygulamada kullanıldıkları biçimiyle İngilizce ve Türkçe.</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="33"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="66"/>
        <source>Export...</source>
        <translation>Dışa aktar...</translation>
    </message>
</context>
<context>
    <name>HeadsPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/heads_panel.py" line="305"/>
        <location filename="../../qkv_gui/workbench.py" line="487"/>
        <source>Heads</source>
        <translation>Kafalar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heads_panel.py" line="307"/>
        <source>Show head {head} in detail</source>
        <translation>Kafa {head} ayrıntılı gösterilsin</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heads_panel.py" line="308"/>
        <source>Click to show this head in detail (Ctrl+Alt+1 … 8, or ← → here).
First its scores, then its weights.</source>
        <translation>Bu kafayı ayrıntılı göstermek için tıklayın (Ctrl+Alt+1 … 8 ya da burada ← →).
Önce puanları, sonra ağırlıkları.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heads_panel.py" line="311"/>
        <source>Head {head}</source>
        <translation>Kafa {head}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heads_panel.py" line="318"/>
        <source>This attention has one head. Set the heads in the toolbar (“Heads”, or h) to 2 or more: each head&apos;s scores and weights then appear here side by side.</source>
        <translation>Bu dikkatin tek kafası var. Araç çubuğunda kafa sayısını (“Kafa sayısı” ya da h) 2 ya da daha çok yapın: her kafanın puanları ve ağırlıkları burada yan yana görünür.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heads_panel.py" line="321"/>
        <source>Each head&apos;s scores, then its weights. Click one to show it in detail.</source>
        <translation>Her kafanın önce puanları, sonra ağırlıkları. Ayrıntılı görmek için birine tıklayın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heads_panel.py" line="324"/>
        <source>Ctrl+Alt+1 … 8 shows head 1 … 8 in detail; ← → here, the next one.</source>
        <translation>Ctrl+Alt+1 … 8: 1 … 8 numaralı kafa ayrıntılı gösterilir; burada ← →: sonraki ya da önceki kafa.</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../../qkv_gui/widgets/heatmap.py" line="198"/>
        <location filename="../../qkv_gui/widgets/heatmap.py" line="199"/>
        <source>key</source>
        <translation>anahtar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heatmap.py" line="198"/>
        <source>query</source>
        <translation>sorgu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heatmap.py" line="199"/>
        <source>dimension</source>
        <translation>boyut</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/heatmap.py" line="203"/>
        <source>Click a key&apos;s label to mark that token as padding; click again to unmark it</source>
        <translation>Bir anahtarın adına tıklayınca o sözcük dolgu olarak işaretlenir; yeniden tıklayınca işaret kalkar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="60"/>
        <source>Matrices (*.csv *.tsv *.txt *.npy *.npz *.safetensors);;All files (*)</source>
        <translation>Matrisler (*.csv *.tsv *.txt *.npy *.npz *.safetensors);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="76"/>
        <location filename="../../qkv_gui/import_dialog.py" line="213"/>
        <source>Import a matrix</source>
        <translation>Matris içe aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="79"/>
        <source>a .csv, .tsv, .npy, .npz or .safetensors file</source>
        <translation>bir .csv, .tsv, .npy, .npz ya da .safetensors dosyası</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="80"/>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="94"/>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="95"/>
        <source>Array:</source>
        <translation>Dizi:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="97"/>
        <source>Import as:</source>
        <translation>Neye aktarılsın:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="99"/>
        <source>every head (the whole packed matrix)</source>
        <translation>tüm kafalar (paketli matrisin tamamı)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="101"/>
        <location filename="../../qkv_gui/import_dialog.py" line="274"/>
        <source>head {number}</source>
        <translation>kafa {number}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="102"/>
        <source>Into the session’s:</source>
        <translation>Oturumun hangi kafasına:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="105"/>
        <source>Block of a packed matrix</source>
        <translation>Paketli bir matristen blok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="106"/>
        <source>Transpose the file&apos;s matrix first (PyTorch&apos;s layout)</source>
        <translation>Önce dosyadaki matrisin devriğini al (PyTorch düzeni)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="108"/>
        <source>every column</source>
        <translation>tüm sütunlar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="109"/>
        <source>Q: the first third of the columns</source>
        <translation>Q: sütunların ilk üçte biri</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="110"/>
        <source>K: the second third</source>
        <translation>K: ikinci üçte bir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="110"/>
        <source>V: the last third</source>
        <translation>V: son üçte bir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="117"/>
        <source>Only the first rows:</source>
        <translation>Yalnızca ilk satırlar:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="127"/>
        <source>Columns:</source>
        <translation>Sütunlar:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="292"/>
        <source>Heads in them:</source>
        <translation>İçerdiği kafa sayısı:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="130"/>
        <source>Head:</source>
        <translation>Kafa:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="134"/>
        <source>Gives:</source>
        <translation>Sonuç:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="136"/>
        <source>How it fits the session</source>
        <translation>Oturuma nasıl uyacak</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="149"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="177"/>
        <source>Encoder states H</source>
        <translation>Kodlayıcı durumları H</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="177"/>
        <source>Inputs I (one row per token)</source>
        <translation>Girdiler I (her sözcük bir satır)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="178"/>
        <source>Decoder states S (seq2seq)</source>
        <translation>Kod çözücü durumları S (seq2seq)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="180"/>
        <source>W_O (the output projection)</source>
        <translation>W_O (çıktı dönüşümü)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="181"/>
        <source>Position table P (learned positions)</source>
        <translation>Konum tablosu P (öğrenilen konumlar)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="188"/>
        <source>As it is ({shape})</source>
        <translation>Olduğu gibi ({shape})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="190"/>
        <source>Transposed ({shape})</source>
        <translation>Devriği alınarak ({shape})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="195"/>
        <source>Resize the rest of the session to it: {changes}</source>
        <translation>Oturumun geri kalanı buna göre boyutlansın: {changes}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="197"/>
        <source>Its first {rows} rows</source>
        <translation>Yalnızca ilk {rows} satırı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="199"/>
        <source>(turns the projections on)</source>
        <translation>(dönüşümleri açar)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="253"/>
        <source>The file holds a {rows} × {cols} matrix ({dtype}).</source>
        <translation>Dosyada {rows} × {cols} boyutlu bir matris var ({dtype}).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="256"/>
        <source>Its first column gives the token labels.</source>
        <translation>İlk sütunu sözcüklerin etiketlerini veriyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="272"/>
        <source>every head</source>
        <translation>tüm kafalar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="291"/>
        <source>Heads in its rows:</source>
        <translation>Satırlarındaki kafa sayısı:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="302"/>
        <source>a {rows} × {cols} matrix</source>
        <translation>{rows} × {cols} boyutlu bir matris</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="363"/>
        <source>Import {name}</source>
        <translation>İçe aktar: {name}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="364"/>
        <source>The session refused this import; it stays as it was.</source>
        <translation>Oturum bu içe aktarmayı kabul etmedi; olduğu gibi kalıyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/import_dialog.py" line="369"/>
        <source>Imported {name} from {file}</source>
        <translation>{name} içe aktarıldı (kaynak: {file})</translation>
    </message>
</context>
<context>
    <name>LessonsMenu</name>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="672"/>
        <location filename="../../qkv_gui/workbench.py" line="425"/>
        <source>&amp;Lessons</source>
        <translation>De&amp;rsler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="679"/>
        <source>&amp;Previous lesson</source>
        <translation>Ö&amp;nceki ders</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="680"/>
        <source>&amp;Next lesson</source>
        <translation>&amp;Sonraki ders</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="681"/>
        <source>L&amp;eave lesson</source>
        <translation>&amp;Dersten çık</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="244"/>
        <source>Click a lesson to open it (Ctrl+1 … Ctrl+{last}).</source>
        <translation>Açmak için bir derse tıklayın (Ctrl+1 … Ctrl+{last}).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="249"/>
        <source>Try this</source>
        <translation>Bunu deneyin</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="253"/>
        <source>◀ Previous</source>
        <translation>◀ Önceki</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="253"/>
        <source>Open the previous lesson</source>
        <translation>Önceki dersi aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="254"/>
        <source>Next ▶</source>
        <translation>Sonraki ▶</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="254"/>
        <source>Open the next lesson</source>
        <translation>Sonraki dersi aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="255"/>
        <source>Restart</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="255"/>
        <source>Load the lesson&apos;s starting state again</source>
        <translation>Dersin başlangıç durumunu yeniden yükle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="256"/>
        <source>Leave lesson</source>
        <translation>Dersten çık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="257"/>
        <source>Close the lesson and go back to your own session, as you left it</source>
        <translation>Dersi kapat ve kendi oturumunuza, bıraktığınız gibi dönün</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="251"/>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="275"/>
        <source>Predict first</source>
        <translation>Önce tahmin edin</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="321"/>
        <source>Pick your answer (click it, or Tab and the arrow keys); then try it.</source>
        <translation>Yanıtınızı seçin (üstüne tıklayarak ya da Tab ve ok tuşlarıyla), sonra deneyip görün.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="323"/>
        <source>Your prediction is kept: now try it and see.</source>
        <translation>Tahmininiz kaydedildi: şimdi deneyip görün.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="342"/>
        <source>The answer: {answer}.</source>
        <translation>Doğru yanıt: {answer}.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="344"/>
        <source>Your prediction held: {answer}.</source>
        <translation>Tahmininiz doğru çıktı: {answer}.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="346"/>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="451"/>
        <source>Your prediction “{guess}” did not hold: it is {answer}.</source>
        <translation>“{guess}” tahmininiz tutmadı; doğrusu: {answer}.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="594"/>
        <source>Short lessons answer it step by step. Each one loads an example, frames the plots that matter and gives you one thing to try; a green “Done!” appears when you have done it. Pick a lesson above or press Ctrl+1 … Ctrl+{last}. Your own session waits aside: leave the lesson to get it back as you left it.</source>
        <translation>Kısa dersler bu soruyu adım adım yanıtlıyor. Her ders bir örnek yükler, önemli grafikleri çerçeveler ve size deneyeceğiniz tek bir şey verir; bunu yaptığınızda yeşil bir “Tamam!” belirir. Yukarıdan bir ders seçin ya da Ctrl+1 … Ctrl+{last} tuşlarına basın. Kendi oturumunuz bir kenarda bekler: dersten çıktığınızda onu bıraktığınız gibi geri alırsınız.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="620"/>
        <source>○ Predict first: pick an answer above.</source>
        <translation>○ Önce tahmin edin: yukarıdan bir yanıt seçin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="484"/>
        <source>Lesson {number}: {title}</source>
        <translation>Ders {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="503"/>
        <source>Left the lesson: your own session is back.</source>
        <translation>Dersten çıkıldı: kendi oturumunuz geri geldi.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="506"/>
        <source>Left the lesson: keep editing freely, or pick another lesson.</source>
        <translation>Dersten çıkıldı: serbestçe düzenlemeye devam edin ya da başka bir ders seçin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="555"/>
        <source>Lesson done!</source>
        <translation>Ders tamamlandı!</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="590"/>
        <source>Why do keys, queries and values work?</source>
        <translation>Anahtarlar, sorgular ve değerler neden işe yarar?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/lessons_panel.py" line="622"/>
        <source>○ Not done yet: do the step above and watch this line.</source>
        <translation>○ Henüz tamamlanmadı: yukarıdaki adımı yapın ve bu satırı izleyin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="484"/>
        <source>Lessons</source>
        <translation>Dersler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="144"/>
        <source>Drag any number up or down to change it; hover a result to see how it was computed.</source>
        <translation>Bir sayıyı değiştirmek için yukarı ya da aşağı sürükleyin; nasıl hesaplandığını görmek için bir sonucun üzerine gelin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="475"/>
        <source>Matrices</source>
        <translation>Matrisler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="476"/>
        <source>Geometry</source>
        <translation>Geometri</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="477"/>
        <source>Explain</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="130"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="131"/>
        <source>Open a session file</source>
        <translation>Bir oturum dosyası aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="132"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="132"/>
        <source>Save the session</source>
        <translation>Oturumu kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="133"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="134"/>
        <source>Save the session to a new file</source>
        <translation>Oturumu yeni bir dosyaya kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="136"/>
        <source>&amp;Import…</source>
        <translation>&amp;İçe aktar…</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="137"/>
        <source>Import inputs or weights from a CSV, NumPy or safetensors file</source>
        <translation>Girdileri ya da ağırlıkları bir CSV, NumPy veya safetensors dosyasından içe aktar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="140"/>
        <source>&amp;Shuffle the tokens</source>
        <translation>Sözcükleri &amp;karıştır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="141"/>
        <source>Put the tokens in a new order and compare each one&apos;s output before and after (in the Positions panel)</source>
        <translation>Sözcüklerin sırasını değiştir ve her birinin önceki ve sonraki çıktısını karşılaştır (Konumlar panelinde)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="151"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="183"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="181"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="91"/>
        <source>Only the &amp;last input</source>
        <translation>Yalnızca &amp;son girdi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="92"/>
        <source>Weights [0, …, 0, 1]: the classic seq2seq context vector</source>
        <translation>Ağırlıklar [0, …, 0, 1]: klasik seq2seq bağlam vektörü</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="138"/>
        <source>Next query</source>
        <translation>Sonraki sorgu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="139"/>
        <source>Previous query</source>
        <translation>Önceki sorgu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="183"/>
        <source>&amp;Undo: {step}</source>
        <translation>&amp;Geri al: {step}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="181"/>
        <source>&amp;Redo: {step}</source>
        <translation>&amp;Yinele: {step}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="146"/>
        <source>Open &amp;Recent</source>
        <translation>S&amp;on açılanlar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="125"/>
        <source>&amp;Edit</source>
        <translation>Düz&amp;en</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="126"/>
        <source>&amp;Presets</source>
        <translation>&amp;Hazır örnekler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="150"/>
        <source>Open the preset “{name}”</source>
        <translation>Hazır örneği aç: “{name}”</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="127"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="144"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Sözlük</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="145"/>
        <source>The terms of attention in English and Turkish</source>
        <translation>Dikkatin terimleri: İngilizce ve Türkçe</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="143"/>
        <source>&amp;About qkv_gui</source>
        <translation>qkv_gui &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="192"/>
        <source>(no recent files)</source>
        <translation>(son dosya yok)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="219"/>
        <source>About qkv_gui</source>
        <translation>qkv_gui hakkında</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/window_menus.py" line="219"/>
        <source>&lt;b&gt;qkv_gui&lt;/b&gt; shows how attention works: queries, keys and values, scores, softmax weights and context vectors, live.&lt;br&gt;&lt;br&gt;Drag any number with the mouse (Shift: fine, Ctrl: coarse) and watch every step follow.</source>
        <translation>&lt;b&gt;qkv_gui&lt;/b&gt; dikkatin nasıl çalıştığını canlı olarak gösterir: sorgular, anahtarlar ve değerler, puanlar, softmax ağırlıkları ve bağlam vektörleri.&lt;br&gt;&lt;br&gt;Herhangi bir sayıyı fareyle sürükleyin (Shift: ince, Ctrl: kaba adım); her adım hemen ardından güncellenir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="388"/>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="389"/>
        <source>{name}[*] — qkv_gui</source>
        <translation>{name}[*] — qkv_gui</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="411"/>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="412"/>
        <source>The session has unsaved changes. Save them first?</source>
        <translation>Oturumda kaydedilmemiş değişiklikler var. Önce kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="431"/>
        <source>qkv_gui sessions (*.json);;All files (*)</source>
        <translation>qkv_gui oturumları (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="436"/>
        <source>Open session</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="452"/>
        <source>Cannot open the session</source>
        <translation>Oturum açılamıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="453"/>
        <source>{file} was not opened: {reason}</source>
        <translation>{file} açılamadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="456"/>
        <source>Not opened: {reason}</source>
        <translation>Açılmadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="468"/>
        <source>Opened {path}</source>
        <translation>Açıldı: {path}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="478"/>
        <source>Head {head} of {heads} shown in detail</source>
        <translation>Ayrıntılı gösterilen: kafa {head} / {heads}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="493"/>
        <source>Opened the preset “{name}”</source>
        <translation>Hazır örnek açıldı: “{name}”</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="513"/>
        <source>Save session</source>
        <translation>Oturumu kaydet</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="533"/>
        <source>Cannot save the session</source>
        <translation>Oturum kaydedilemiyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="534"/>
        <source>The session was not saved: {reason}</source>
        <translation>Oturum kaydedilmedi: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="535"/>
        <source>Not saved: {reason}</source>
        <translation>Kaydedilmedi: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/main_window.py" line="525"/>
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
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="315"/>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="588"/>
        <source>Add token</source>
        <translation>Sözcük ekle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="315"/>
        <source>Add a token (a new input row of zeros)</source>
        <translation>Sözcük ekle (sıfırlardan oluşan yeni bir girdi satırı)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="316"/>
        <source>Remove selected token</source>
        <translation>Seçili sözcüğü kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="316"/>
        <source>Remove the selected token(s)</source>
        <translation>Seçili sözcükleri kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="326"/>
        <source>Decrease d</source>
        <translation>d değerini azalt</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="326"/>
        <source>d −</source>
        <translation>d −</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="326"/>
        <source>Remove the last dimension (d − 1)</source>
        <translation>Son boyutu kaldır (d − 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="327"/>
        <source>Increase d</source>
        <translation>d değerini artır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="327"/>
        <source>d +</source>
        <translation>d +</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="327"/>
        <source>Add a dimension of zeros (d + 1)</source>
        <translation>Sıfırlardan oluşan bir boyut ekle (d + 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="317"/>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="590"/>
        <source>Add decoder state</source>
        <translation>Kod çözücü gizli durumu ekle</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="317"/>
        <source>Add a decoder state (a new query)</source>
        <translation>Kod çözücüye bir gizli durum ekle (yeni bir sorgu)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="318"/>
        <source>Remove selected decoder state</source>
        <translation>Seçili gizli durumu kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="319"/>
        <source>Remove the selected decoder state(s)</source>
        <translation>Kod çözücünün seçili gizli durumlarını kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="333"/>
        <source>Decrease d_k</source>
        <translation>d_k değerini azalt</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="333"/>
        <source>d_k −</source>
        <translation>d_k −</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="331"/>
        <source>Remove the last column of W_Q and W_K (d_k − 1)</source>
        <translation>W_Q ve W_K matrislerinin son sütununu kaldır (d_k − 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="333"/>
        <source>Increase d_k</source>
        <translation>d_k değerini artır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="333"/>
        <source>d_k +</source>
        <translation>d_k +</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="332"/>
        <source>Add a column of zeros to W_Q and W_K (d_k + 1)</source>
        <translation>W_Q ve W_K matrislerine sıfırlardan oluşan bir sütun ekle (d_k + 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="338"/>
        <source>Decrease d_v</source>
        <translation>d_v değerini azalt</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="338"/>
        <source>d_v −</source>
        <translation>d_v −</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="336"/>
        <source>Remove the last column of W_V (d_v − 1)</source>
        <translation>W_V matrisinin son sütununu kaldır (d_v − 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="338"/>
        <source>Increase d_v</source>
        <translation>d_v değerini artır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="338"/>
        <source>d_v +</source>
        <translation>d_v +</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="337"/>
        <source>Add a column of zeros to W_V (d_v + 1)</source>
        <translation>W_V matrisine sıfırlardan oluşan bir sütun ekle (d_v + 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="375"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="377"/>
        <source>Copy the selection as tab-separated values</source>
        <translation>Seçimi sekmeyle ayrılmış değerler olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="375"/>
        <source>Paste</source>
        <translation>Yapıştır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="379"/>
        <source>Paste a block of numbers (e.g. from a spreadsheet) at the current cell</source>
        <translation>Bir sayı bloğunu (ör. bir hesap tablosundan) geçerli hücreye yapıştır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="375"/>
        <source>Set to zero</source>
        <translation>Sıfır yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="329"/>
        <source>Remove the last column of each head&apos;s W_Q and W_K (each head&apos;s d_k − 1)</source>
        <translation>Her kafanın W_Q ve W_K bloğundan son sütunu kaldır (her kafanın d_k değeri − 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="330"/>
        <source>Add a column of zeros to each head&apos;s W_Q and W_K (each head&apos;s d_k + 1)</source>
        <translation>Her kafanın W_Q ve W_K bloğuna sıfırlardan oluşan bir sütun ekle (her kafanın d_k değeri + 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="334"/>
        <source>Remove the last column of each head&apos;s W_V (each head&apos;s d_v − 1)</source>
        <translation>Her kafanın W_V bloğundan son sütunu kaldır (her kafanın d_v değeri − 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="335"/>
        <source>Add a column of zeros to each head&apos;s W_V (each head&apos;s d_v + 1)</source>
        <translation>Her kafanın W_V bloğuna sıfırlardan oluşan bir sütun ekle (her kafanın d_v değeri + 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="380"/>
        <source>Set the selected cells to 0</source>
        <translation>Seçili hücreleri 0 yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="381"/>
        <source>Copy as LaTeX bmatrix</source>
        <translation>LaTeX bmatrix olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="382"/>
        <source>Copy the selection (or the whole matrix) as a LaTeX bmatrix</source>
        <translation>Seçimi (ya da tüm matrisi) LaTeX bmatrix olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="383"/>
        <source>Copy as Markdown table</source>
        <translation>Markdown tablosu olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="384"/>
        <source>Copy the selection (or the whole matrix) as a Markdown table</source>
        <translation>Seçimi (ya da tüm matrisi) Markdown tablosu olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="441"/>
        <source>{rows} × {cols}</source>
        <translation>{rows} × {cols}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="442"/>
        <source>{rows} × {cols}, {dim} = {size} per head</source>
        <translation>{rows} × {cols}, her kafada {dim} = {size}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="446"/>
        <source>Head {head}</source>
        <translation>Kafa {head}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="512"/>
        <source>Drag {name}[{row},{col}]</source>
        <translation>Hücreyi sürükle: {name}[{row},{col}]</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="569"/>
        <source>Rename token</source>
        <translation>Sözcüğü yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="604"/>
        <source>Remove token</source>
        <translation>Sözcüğü kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="604"/>
        <source>Remove decoder state</source>
        <translation>Kod çözücünün gizli durumunu kaldır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="610"/>
        <source>Change d to {d}</source>
        <translation>d değerini {d} yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="611"/>
        <source>Change d_k to {d_k}</source>
        <translation>d_k değerini {d_k} yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="612"/>
        <source>Change d_v to {d_v}</source>
        <translation>d_v değerini {d_v} yap</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="650"/>
        <source>Paste refused: “{text}” is not a number; nothing was changed</source>
        <translation>Yapıştırma reddedildi: “{text}” bir sayı değil; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="661"/>
        <source>Paste into {name}</source>
        <translation>Yapıştır: {name}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="670"/>
        <source>Set {name} to zero</source>
        <translation>Sıfır yap: {name}</translation>
    </message>
</context>
<context>
    <name>MatrixTableModel</name>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="168"/>
        <source>{row}, {col}: {value} — drag up/right to change, double-click to type</source>
        <translation>{row}, {col}: {value} — değiştirmek için yukarı/sağa sürükleyin, yazmak için çift tıklayın</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="177"/>
        <source>Click to select this query; Ctrl+click to mark the token as padding (or a token again); double-click to rename it</source>
        <translation>Tıklayınca bu sorgu seçilir; Ctrl+tıklama sözcüğü dolgu yapar (ya da yeniden sözcük); çift tıklama adını değiştirir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="180"/>
        <source>Click to select this query</source>
        <translation>Bu sorguyu seçmek için tıklayın</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="198"/>
        <source>“{text}” is not a number — the value stays {value}</source>
        <translation>“{text}” bir sayı değil — değer {value} olarak kalıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/matrix_editor.py" line="207"/>
        <source>Edit {name}[{row},{col}]</source>
        <translation>Hücreyi düzenle: {name}[{row},{col}]</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/output_panel.py" line="182"/>
        <source>Output projection W_O</source>
        <translation>Çıktı dönüşümü W_O</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/output_panel.py" line="184"/>
        <source>On: output = concat · W_O, with W_O starting as the identity (the output equals the concat until you drag its numbers). Off: the output is the concat.</source>
        <translation>Açık: çıktı = birleşim · W_O; W_O birim matrisle başlar (sayılarını sürükleyene dek çıktı birleşime eşittir). Kapalı: çıktı birleşimin kendisidir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/output_panel.py" line="208"/>
        <source>Turn W_O on</source>
        <translation>W_O&apos;yu aç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/output_panel.py" line="208"/>
        <source>Turn W_O off</source>
        <translation>W_O&apos;yu kapat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/output_panel.py" line="250"/>
        <source>query</source>
        <translation>sorgu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/output_panel.py" line="258"/>
        <source>With one head and no W_O the output is the context itself: add a head with the heads control, or turn on the output projection W_O above.</source>
        <translation>Tek kafa varken ve W_O yokken çıktı bağlamın kendisidir: kafa denetimiyle bir kafa ekleyin ya da yukarıdan çıktı dönüşümü W_O&apos;yu açın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/output_panel.py" line="262"/>
        <source>Without W_O the output is the concat itself; turn on W_O above to mix the heads.</source>
        <translation>W_O yokken çıktı birleşimin kendisidir; kafaları karıştırmak için yukarıdan W_O&apos;yu açın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="488"/>
        <source>Heads → output</source>
        <translation>Kafalar → çıktı</translation>
    </message>
</context>
<context>
    <name>PlotExportButton</name>
    <message>
        <location filename="../../qkv_gui/export.py" line="217"/>
        <source>Export this plot: PNG, SVG, copy</source>
        <translation>Bu grafiği dışa aktar: PNG, SVG, kopyala</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="62"/>
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
    <name>PositionsPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="124"/>
        <source>Attention compares tokens by what they are, never by where they stand: shuffle them and, with no positions, each token gets the very same output, only in its new place. Adding a different vector P to each place lets the heads tell first from last.</source>
        <translation>Dikkat sözcükleri nerede durduklarına göre değil, ne olduklarına göre karşılaştırır: konum yokken sözcükleri karıştırırsanız her biri aynı çıktıyı alır, yalnızca yeni yerinde. Her yere farklı bir P vektörü eklemek, kafaların baştakini sondakinden ayırmasını sağlar.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="127"/>
        <source>Positions:</source>
        <translation>Konumlar:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="128"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="128"/>
        <source>sinusoidal</source>
        <translation>sinüslü</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="128"/>
        <source>learned</source>
        <translation>öğrenilen</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="131"/>
        <source>No positions: the heads see the inputs themselves (P = 0).</source>
        <translation>Konum yok: kafalar girdilerin kendisini görür (P = 0).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="133"/>
        <source>A table of numbers of its own, one row per place, that you can drag (it starts from the sinusoids).</source>
        <translation>Her yer için bir satırı olan, sürükleyerek değiştirebileceğiniz ayrı bir sayı tablosu (sinüslü tablodan başlar).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="134"/>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="241"/>
        <source>Shuffle the tokens</source>
        <translation>Sözcükleri karıştır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="136"/>
        <source>Put the tokens in a new order (one undo step) and compare each token&apos;s output before and after.</source>
        <translation>Sözcüklerin sırasını değiştir (tek geri alma adımı) ve her sözcüğün önceki ve sonraki çıktısını karşılaştır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="138"/>
        <source>Each token keeps its vector; the places, and so the rows of P, stay where they are.</source>
        <translation>Her sözcük kendi vektörünü korur; yerler, dolayısıyla P&apos;nin satırları da, oldukları yerde kalır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="139"/>
        <source>Padding</source>
        <translation>Dolgu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="168"/>
        <source>PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(pos / 10000^(2i/d)).</source>
        <translation>PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(pos / 10000^(2i/d)).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="170"/>
        <source>Only in self-attention: here the queries are decoder states, which get no positions, so only the encoder states would be moved. Use learned positions instead.</source>
        <translation>Yalnızca öz-dikkatte: burada sorgular kod çözücünün durumlarıdır ve konum almazlar, yalnızca kodlayıcı durumları kayardı. Bunun yerine öğrenilen konumları kullanın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="202"/>
        <source>✓ same output row as before, ✗ output changed</source>
        <translation>✓ önceki çıktı satırının aynısı, ✗ çıktı değişti</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="208"/>
        <source>Ctrl+click a token&apos;s name (the row names of the inputs), or click a key&apos;s name above the scores or the weights, to mark it as padding: no query looks at it any more.</source>
        <translation>Bir sözcüğü dolgu yapmak için adına Ctrl+tıklayın (girdilerin satır adları) ya da puanların veya ağırlıkların üstündeki anahtar adına tıklayın: artık hiçbir sorgu ona bakmaz.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="212"/>
        <source>Padding now: {names}.</source>
        <translation>Şu an dolgu: {names}.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/positions_panel.py" line="229"/>
        <source>Positions: {kind}</source>
        <translation>Konumlar: {kind}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="490"/>
        <source>Positions</source>
        <translation>Konumlar</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../qkv_gui/recovery.py" line="120"/>
        <source>Autosave failed: {reason}</source>
        <translation>Otomatik kayıt yapılamadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/recovery.py" line="218"/>
        <source>Cannot restore the session</source>
        <translation>Oturum geri yüklenemiyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/recovery.py" line="219"/>
        <source>The session kept from the last run cannot be read: {reason}. The file was moved to {path}.</source>
        <translation>Son çalıştırmadan kalan oturum okunamıyor: {reason}. Dosya şuraya taşındı: {path}.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/recovery.py" line="233"/>
        <source>Restore the session?</source>
        <translation>Oturum geri yüklensin mi?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/recovery.py" line="234"/>
        <source>Restore the session from {time}?</source>
        <translation>{time} tarihli oturum geri yüklensin mi?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/recovery.py" line="237"/>
        <source>qkv_gui did not quit normally, and {file} had unsaved changes then. They were kept.</source>
        <translation>qkv_gui olağan biçimde kapanmadı; o sırada {file} dosyasında kaydedilmemiş değişiklikler vardı. Bu değişiklikler saklandı.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/recovery.py" line="241"/>
        <source>qkv_gui did not quit normally, and the session had unsaved changes then. They were kept.</source>
        <translation>qkv_gui olağan biçimde kapanmadı; o sırada oturumda kaydedilmemiş değişiklikler vardı. Bu değişiklikler saklandı.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/recovery.py" line="245"/>
        <source>Restore</source>
        <translation>Geri yükle</translation>
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
        <translation>Seçili sorgu için hesaplama sırası: sorgu vektörü, her anahtar ve değer, puanları, softmax ağırlıkları ve bağlam vektörü.</translation>
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
        <translation>puanlar</translation>
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
        <translation>{cell}: nedensel maske bunu gizliyor</translation>
    </message>
</context>
<context>
    <name>SvdPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="226"/>
        <source>I = U Σ Vᵀ: each right singular vector v_k is a direction the inputs vary along (a “topic”); σ_k² says how much of the inputs lies along it.</source>
        <translation>I = U Σ Vᵀ: her sağ tekil vektör v_k, girdilerin değişim gösterdiği bir yöndür (bir “konu”); σ_k², girdilerin ne kadarının bu yönde olduğunu söyler.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="229"/>
        <source>How many topic directions to keep: V_m holds the first m right singular vectors, so a projected vector has m numbers.</source>
        <translation>Kaç konu yönü tutulsun: V_m ilk m sağ tekil vektörü içerir; bu yüzden dönüştürülmüş bir vektör m sayıdan oluşur.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="231"/>
        <source>Keep the top m directions:</source>
        <translation>İlk m yönü tut:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="233"/>
        <source>Set W_Q = W_K = V_m (and W_V = identity) and turn the projections on, as one undo step: attention then compares the inputs in the topic space.</source>
        <translation>W_Q = W_K = V_m (ve W_V = birim matris) yap ve dönüşümleri aç, hepsi tek geri alma adımında: dikkat artık girdileri konu uzayında karşılaştırır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="236"/>
        <source>Each input x at (x·v₁, x·v₂): its strength in the first two topics. The colour is the topic it leans on most.</source>
        <translation>Her girdi x, (x·v₁, x·v₂) noktasında: ilk iki konudaki gücü. Renk, en çok ağır bastığı konuyu gösterir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="238"/>
        <source>cosine</source>
        <translation>kosinüs</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="239"/>
        <source>dot product</source>
        <translation>iç çarpım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="241"/>
        <source>How to compare two inputs: cosine = direction only (−1 … 1), dot = direction and length.</source>
        <translation>İki girdi nasıl karşılaştırılır: kosinüs = yalnızca yön (−1 … 1), iç çarpım = yön ve uzunluk.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="242"/>
        <source>Compatibility of the inputs:</source>
        <translation>Girdilerin uyumluluğu:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="245"/>
        <source>Singular values</source>
        <translation>Tekil değerler</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="249"/>
        <source>Topic space</source>
        <translation>Konu uzayı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="246"/>
        <source>energy %</source>
        <translation>enerji (%)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="250"/>
        <source>topic 1: x·v₁</source>
        <translation>konu 1: x·v₁</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="251"/>
        <source>topic 2: x·v₂</source>
        <translation>konu 2: x·v₂</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="472"/>
        <source>Use the topic space: W_Q = W_K = V_{m}</source>
        <translation>Konu uzayını kullan: W_Q = W_K = V_{m}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="548"/>
        <source>keeps {share} % of Σ σ²</source>
        <translation>Σ σ² değerinin %{share} kadarını tutar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="549"/>
        <source>Use as W_Q = W_K = V_{m}</source>
        <translation>W_Q = W_K = V_{m} olarak kullan</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="554"/>
        <source>Scores with m = {m} numbers per query and key: {queries}·{keys}·{m} = {kept} multiplications instead of {queries}·{keys}·{d} = {full}.</source>
        <translation>Sorgu ve anahtar başına m = {m} sayıyla puanlar: {queries}·{keys}·{d} = {full} yerine {queries}·{keys}·{m} = {kept} çarpma.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="614"/>
        <source>cos</source>
        <translation>cos</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="614"/>
        <source>dot</source>
        <translation>iç çarpım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="615"/>
        <source>before: {name}(x_i, x_j)</source>
        <translation>önce: {name}(x_i, x_j)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="617"/>
        <source>after: {name}(x_i·V_{m}, x_j·V_{m})</source>
        <translation>sonra: {name}(x_i·V_{m}, x_j·V_{m})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="628"/>
        <source>{a} and {b}: raw dot product {dot}, cos {raw} → in the topic space (m = {m}) cos &lt;b&gt;{topic}&lt;/b&gt;</source>
        <translation>{a} ile {b}: ham iç çarpım {dot}, kosinüs {raw} → konu uzayında (m = {m}) kosinüs &lt;b&gt;{topic}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/svd_panel.py" line="645"/>
        <source>in use: W_Q = W_K = V_{m} ✓</source>
        <translation>kullanımda: W_Q = W_K = V_{m} ✓</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="478"/>
        <source>SVD topic space</source>
        <translation>SVD konu uzayı</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="220"/>
        <source>Training moves the ticked matrices by gradient descent until the softmax weights match the target T.</source>
        <translation>Eğitim, işaretli matrisleri gradyan inişiyle, softmax ağırlıkları hedef T ile örtüşene dek değiştirir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="222"/>
        <source>attend to itself</source>
        <translation>kendine dikkat et</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="222"/>
        <source>attend to the previous token</source>
        <translation>önceki sözcüğe dikkat et</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="223"/>
        <source>attend to the same topic</source>
        <translation>aynı konuya dikkat et</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="223"/>
        <source>the weights I set by hand</source>
        <translation>elle ayarladığım ağırlıklar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="231"/>
        <source>Paint your own target: tick “Set weights by hand” in the toolbar and drag or type the numbers in the “Weights (set by hand)” table (each row sums to 1), then pick “the weights I set by hand” and press Train. Training drops the hand-set weights and learns W_Q, W_K whose softmax weights match them.</source>
        <translation>Kendi hedefinizi çizin: araç çubuğunda “Ağırlıkları elle ayarla” kutusunu işaretleyin, “Ağırlıklar (elle ayarlanan)” tablosundaki sayıları sürükleyin ya da yazın (her satırın toplamı 1), sonra “elle ayarladığım ağırlıklar” seçeneğini seçip Eğit düğmesine basın. Eğitim elle ayarlanan ağırlıkları bırakır ve softmax ağırlıkları bunlarla eşleşen W_Q, W_K matrislerini öğrenir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="238"/>
        <source>The attention pattern T to learn: each query attends to itself, to the token before it, or evenly to the tokens of its topic (from the SVD of the inputs).</source>
        <translation>Öğrenilecek dikkat örüntüsü T: her sorgu ya kendine, ya kendinden önceki sözcüğe ya da kendi konusundaki sözcüklere eşit olarak dikkat eder (konular girdilerin SVD&apos;sinden gelir).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="240"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="241"/>
        <source>gradient descent</source>
        <translation>gradyan inişi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="243"/>
        <source>Gradient descent: W ← W − η·∂L/∂W. Adam scales each step by running averages of the gradient, so every number moves by about η per step.</source>
        <translation>Gradyan inişi: W ← W − η·∂L/∂W. Adam her adımı gradyanın hareketli ortalamalarıyla ölçekler; böylece her sayı adım başına yaklaşık η kadar değişir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="246"/>
        <source>The learning rate η: how far one step moves W_Q and W_K. The arrows step through 1, 2, 5 × 10^k; it can be changed while training.</source>
        <translation>Öğrenme hızı η: bir adımın W_Q ve W_K matrislerini ne kadar değiştirdiği. Oklar 1, 2, 5 × 10^k değerleri arasında ilerler; eğitim sürerken de değiştirilebilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="259"/>
        <source>Target:</source>
        <translation>Hedef:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="259"/>
        <source>Optimizer:</source>
        <translation>Yöntem:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="259"/>
        <source>rate η:</source>
        <translation>öğrenme hızı η:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="248"/>
        <source>Learn:</source>
        <translation>Öğrenilecek:</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="258"/>
        <source>W_V learns to make each context vector reconstruct its own input (W_V is d × d).</source>
        <translation>W_V, her bağlam vektörünün kendi girdisini yeniden kurmasını öğrenir (W_V d × d boyutludur).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="262"/>
        <source>Train / Pause</source>
        <translation>Eğit / Duraklat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="264"/>
        <source>Train: gradient steps, live, until the loss is below {goal} or after {steps} steps. Pause makes the whole run one undo step. (Space)</source>
        <translation>Eğit: kayıp {goal} altına inene kadar ya da {steps} adım boyunca canlı gradyan adımları. Duraklatınca tüm çalışma tek bir geri alma adımı olur. (Boşluk tuşu)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="266"/>
        <source>Step once</source>
        <translation>Tek adım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="267"/>
        <source>One gradient step (one undo step).</source>
        <translation>Tek bir gradyan adımı (tek geri alma adımı).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="268"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="269"/>
        <source>Back to the session before training started.</source>
        <translation>Eğitim başlamadan önceki oturuma dön.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="250"/>
        <source>loss = Σ T·log(T / weights) / m, 0 when the weights match T; with W_V ticked + ½‖context − I‖² / m (the context should reconstruct the inputs I).</source>
        <translation>kayıp = Σ T·log(T / ağırlıklar) / m; ağırlıklar T ile örtüştüğünde 0 olur. W_V işaretliyse buna ½‖bağlam − I‖² / m eklenir (bağlam, I girdilerini yeniden kurmalıdır).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="226"/>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="229"/>
        <source>head {head}</source>
        <translation>kafa {head}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="228"/>
        <source>Each head learns its own target: its block of columns of W_Q and W_K moves towards it.</source>
        <translation>Her kafa kendi hedefini öğrenir: W_Q ve W_K içindeki sütun bloğu o hedefe doğru ilerler.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="229"/>
        <source>total</source>
        <translation>toplam</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="253"/>
        <source>The principal angles between two subspaces: 0° everywhere means the same subspace. I·W and I·V_m span the same one exactly when the learned coordinates are the SVD&apos;s topic coordinates, turned and stretched (I·W = I·V_m·R for an invertible R). The columns of W may still differ from V_m along directions the inputs hardly vary in.</source>
        <translation>İki alt uzay arasındaki temel açılar: hepsi 0° ise alt uzaylar aynıdır. I·W ile I·V_m tam olarak, öğrenilen koordinatlar SVD&apos;nin konu uzayındaki koordinatların döndürülüp esnetilmiş hâli olduğunda aynı alt uzayı gerer (tersinir bir R için I·W = I·V_m·R). W&apos;nin sütunları yine de girdilerin neredeyse hiç değişmediği yönlerde V_m&apos;den ayrılabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="271"/>
        <source>Loss (log scale)</source>
        <translation>Kayıp (logaritmik ölçek)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="272"/>
        <source>step</source>
        <translation>adım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="273"/>
        <source>goal {goal}</source>
        <translation>hedef {goal}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="274"/>
        <source>Target T (rows: queries, columns: keys)</source>
        <translation>Hedef T (satırlar: sorgular, sütunlar: anahtarlar)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="352"/>
        <source>Train {matrices}</source>
        <translation>Eğit: {matrices}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="377"/>
        <source>The loss is already below {goal}: the weights match the target. Pick another target or press Reset.</source>
        <translation>Kayıp zaten {goal} altında: ağırlıklar hedefle eşleşiyor. Başka bir hedef seçin ya da Sıfırla düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="415"/>
        <source>Training step</source>
        <translation>Eğitim adımı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="428"/>
        <source>Reset training</source>
        <translation>Eğitimi sıfırla</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="430"/>
        <source>Reset: back to the session before training.</source>
        <translation>Sıfırla: eğitimden önceki oturuma dön.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="446"/>
        <source>There are no hand-set weights to learn: tick “Set weights by hand” in the toolbar, set the weights you want, then train.</source>
        <translation>Öğrenilecek elle ayarlanmış ağırlık yok: araç çubuğunda “Ağırlıkları elle ayarla” kutusunu işaretleyin, istediğiniz ağırlıkları ayarlayın, sonra eğitin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="477"/>
        <source>Training produced matrices that cannot be computed; lower the learning rate and press Reset.</source>
        <translation>Eğitim hesaplanamayan matrisler üretti; öğrenme hızını düşürün ve Sıfırla düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="489"/>
        <source>The loss is no longer a finite number: lower the learning rate and press Reset.</source>
        <translation>Kayıp artık sonlu bir sayı değil: öğrenme hızını düşürün ve Sıfırla düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="492"/>
        <source>The loss is below {goal} after {steps} steps: training stopped. Undo takes the whole run back.</source>
        <translation>{steps} adımdan sonra kayıp {goal} altında: eğitim durdu. Geri al komutu tüm çalışmayı tek seferde geri alır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="496"/>
        <source>Stopped after {steps} steps with the loss at {loss}. Press Train to go on, or try another learning rate.</source>
        <translation>{steps} adımdan sonra durdu, kayıp {loss}. Devam etmek için Eğit düğmesine basın ya da başka bir öğrenme hızı deneyin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="517"/>
        <source>Pick dot, scaled dot or general under Score to train.</source>
        <translation>Eğitmek için Puan altında iç çarpım, ölçekli iç çarpım ya da çift doğrusal seçin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="549"/>
        <source>Training paused: the session was changed.</source>
        <translation>Eğitim duraklatıldı: oturum değiştirildi.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="572"/>
        <source>Learned vs SVD: largest principal angle between the inputs&apos; coordinates I·W and I·V_{m} (0°: the same subspace).</source>
        <translation>Öğrenilen ile SVD: girdilerin I·W ve I·V_{m} koordinatları arasındaki en büyük temel açı (0°: aynı alt uzay).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="577"/>
        <source>I·{w} squeezes the inputs onto fewer than {m} dimensions.</source>
        <translation>I·{w}, girdileri {m} boyuttan daha azına sıkıştırıyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="584"/>
        <source>Columns of W vs V_{m}: {angles}.</source>
        <translation>W&apos;nin sütunları ile V_{m} arasındaki açı: {angles}.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="590"/>
        <source>not training</source>
        <translation>eğitim yapılmıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="601"/>
        <source>Set weights by hand first (toolbar: “Set weights by hand”): they become the target.</source>
        <translation>Önce ağırlıkları elle ayarlayın (araç çubuğu: “Ağırlıkları elle ayarla”): bunlar hedef olur.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="615"/>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="628"/>
        <source>loss {loss}</source>
        <translation>kayıp {loss}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="625"/>
        <source>step {step}</source>
        <translation>adım {step}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="627"/>
        <source>paused at step {step}</source>
        <translation>duraklatıldı, adım: {step}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="643"/>
        <source>Pause ❚❚</source>
        <translation>Duraklat ❚❚</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="643"/>
        <source>Train ▶</source>
        <translation>Eğit ▶</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/train_panel.py" line="690"/>
        <source>Training paused so you can edit.</source>
        <translation>Düzenleyebilmeniz için eğitim duraklatıldı.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/workbench.py" line="480"/>
        <source>Train</source>
        <translation>Eğitim</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="46"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="7"/>
        <source>ViewBox options</source>
        <translation>Görünüm seçenekleri</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="47"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="8"/>
        <source>View All</source>
        <translation>Tümünü göster</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="53"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="9"/>
        <source>Mouse Mode</source>
        <translation>Fare kipi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="55"/>
        <location filename="../../qkv_gui/pyqtgraph_messages.py" line="10"/>
        <source>3 button</source>
        <translation>3 düğme</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/plotting/pyqtgraph_menus.py" line="56"/>
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
        <location filename="../../qkv_gui/widgets/weights_bar.py" line="90"/>
        <source>weight</source>
        <translation>ağırlık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/weights_bar.py" line="192"/>
        <source>Weights of query “{label}” (set by hand)</source>
        <translation>“{label}” sorgusunun ağırlıkları (elle ayarlanan)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/weights_bar.py" line="193"/>
        <source>“{label}” (set by hand)</source>
        <translation>“{label}” (elle ayarlanan)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/weights_bar.py" line="195"/>
        <source>Weights of query “{label}” (sum = 1)</source>
        <translation>“{label}” sorgusunun ağırlıkları (toplam = 1)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/widgets/weights_bar.py" line="196"/>
        <source>Weights of “{label}”</source>
        <translation>“{label}” için ağırlıklar</translation>
    </message>
</context>
<context>
    <name>cell_values</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="433"/>
        <source>{cell} cannot be {value}: a cell holds numbers between {low} and {high}</source>
        <translation>{cell} değeri {value} olamaz: bir hücredeki sayı {low} ile {high} arasında olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="434"/>
        <source>{cell} cannot be “{text}”: a cell holds numbers between {low} and {high}</source>
        <translation>{cell} değeri “{text}” olamaz: bir hücredeki sayı {low} ile {high} arasında olmalı</translation>
    </message>
</context>
<context>
    <name>challenges</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="349"/>
        <source>The classic context vector, through the scores</source>
        <translation>Puanlarla klasik bağlam vektörü</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="352"/>
        <location filename="../../qkv_gui/core_messages.py" line="357"/>
        <source>the decoder state s1</source>
        <translation>kod çözücünün gizli durumu s1</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="353"/>
        <source>The softmax itself put nearly all the weight on h4: the context vector is the classic one, with no hand-set weights.</source>
        <translation>Ağırlığın neredeyse tamamını h4&apos;e softmax&apos;ın kendisi verdi: elle verilmiş ağırlık olmadan bağlam vektörü klasik olanı.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="354"/>
        <source>Half and half</source>
        <translation>Yarı yarıya</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="358"/>
        <source>h1 and h3 have equal scores and the others lower, so the context is half h1 and half h3.</source>
        <translation>h1 ile h3&apos;ün puanları eşit, ötekilerinki daha düşük; bu yüzden bağlam vektörü yarı h1, yarı h3.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="362"/>
        <source>W_K</source>
        <translation>W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="364"/>
        <source>Length should not decide</source>
        <translation>Karar uzunluğa kalmasın</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="350"/>
        <source>Get the classic seq2seq context vector — h4 alone, weight at least {least} — without setting any weight by hand: the softmax must choose h4 because its score is the largest.</source>
        <translation>Klasik seq2seq bağlam vektörünü elde edin — yalnızca h4, ağırlığı en az {least} — ama hiçbir ağırlığı elle vermeden: softmax h4&apos;ü, puanı en büyük olduğu için seçmeli.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="351"/>
        <source>score_j = s1·h_j. h4 = {h4} is the only state strong in the second number: one change to s1 can be enough.</source>
        <translation>puan_j = s1·h_j. İkinci sayısı büyük olan tek gizli durum h4 = {h4}: s1&apos;de tek bir değişiklik yetebilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="355"/>
        <source>Make the decoder split its attention between h1 and h3: each of their weights between {low} and {high}.</source>
        <translation>Kod çözücü dikkatini h1 ile h3 arasında bölsün: ikisinin de ağırlığı {low} ile {high} arasında olsun.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="356"/>
        <source>h1 = {h1} and h3 = {h3} tie when s1&apos;s first and last numbers are equal. Then h2 and h4 must score lower: negative numbers in s1 can do that.</source>
        <translation>s1&apos;in ilk ve son sayıları eşitse h1 = {h1} ile h3 = {h3} aynı puanı alır. Sonra h2 ile h4&apos;ün puanı daha düşük olmalı: s1&apos;deki eksi sayılar bunu sağlayabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="359"/>
        <source>Make “{query}” look at “{key}”</source>
        <translation>“{query}” sözcüğü “{key}” sözcüğüne baksın</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="360"/>
        <source>Make “{query}” give more than half of its weight to “{key}”, by changing only W_K.</source>
        <translation>“{query}” sözcüğü ağırlığının yarısından fazlasını “{key}” sözcüğüne versin: yalnızca W_K&apos;yi değiştirin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="361"/>
        <source>The query of “{query}” is {query_vector}. The key of “{key}” is 2 × row 2 of W_K + row 4 of W_K: make it point the way the query points.</source>
        <translation>“{query}” sözcüğünün sorgusu {query_vector}. “{key}” sözcüğünün anahtarı 2 × W_K&apos;nin 2. satırı + W_K&apos;nin 4. satırı: onu sorgunun gösterdiği yöne çevirin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="363"/>
        <source>The key of “{key}” now scores highest against the query of “{query}”: their dot product is the largest, so “{key}” takes most of the weight.</source>
        <translation>“{key}” sözcüğünün anahtarı artık “{query}” sözcüğünün sorgusuyla en yüksek puanı alıyor: en büyük iç çarpım onlarınki; bu yüzden ağırlığın çoğu “{key}” sözcüğüne gidiyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="365"/>
        <source>With the dot product {user} puts almost all her weight on {top}, only because his ratings are the largest. Make {user} treat the four sci-fi fans (herself too) alike — their weights within {within} — each above any romance fan, by changing only the score function.</source>
        <translation>İç çarpımla {user} ağırlığının neredeyse tamamını {top} adlı kullanıcıya veriyor; tek nedeni bu kullanıcının puanlamalarının en büyük olması. Yalnızca puan işlevini değiştirerek {user} adlı kullanıcının dört bilimkurgu hayranına (kendisi de dahil) eşit davranmasını sağlayın: ağırlıkları birbirinden en çok {within} farklı ve her biri romantik film hayranlarınınkinden büyük olsun.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="366"/>
        <source>Which compatibility function ignores the length of the vectors and looks only at their direction?</source>
        <translation>Hangi uyumluluk işlevi vektörlerin uzunluğuna bakmaz da yalnızca yönlerine bakar?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="367"/>
        <source>the score function</source>
        <translation>puan işlevi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="368"/>
        <source>The cosine compares directions only: all four sci-fi fans point the same way, so they get the same weight.</source>
        <translation>Kosinüs yalnızca yönleri karşılaştırır: dört bilimkurgu hayranı da aynı yönü gösterdiği için aynı ağırlığı alır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="369"/>
        <source>Neither one-hot nor flat</source>
        <translation>Ne tek kazanan ne eşit dağılım</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="370"/>
        <source>Make “{query}” give between {low} and {high} of its weight to “{key}”, by changing only the temperature T.</source>
        <translation>“{query}” sözcüğü ağırlığının {low} ile {high} arası bir payını “{key}” sözcüğüne versin: yalnızca sıcaklık T&apos;yi değiştirin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="375"/>
        <source>The causal mask is on, so “{query}” may see only “{first}”, “{second}”, “{third}” and itself. Make it attend to those four equally — each weight {share}&#xa0;±&#xa0;{tolerance} — by changing only W_Q.</source>
        <translation>Nedensel maske açık; bu yüzden “{query}” sözcüğü yalnızca “{first}”, “{second}”, “{third}” sözcüklerini ve kendisini görebilir. Yalnızca W_Q&apos;yu değiştirerek bu dördüne eşit dikkat etmesini sağlayın: her ağırlık {share}&#xa0;±&#xa0;{tolerance} olsun.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="376"/>
        <source>Equal scores give equal weights. The query of “{query}” is row 1 + row 3 + row 4 of W_Q: a query of {zero} scores every key 0.</source>
        <translation>Eşit puanlar eşit ağırlık verir. “{query}” sözcüğünün sorgusu W_Q&apos;nun 1., 3. ve 4. satırlarının toplamı: {zero} sorgusu her anahtara 0 puan verir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="378"/>
        <source>The query of “{query}” scores every visible key about the same, so it spreads its weight evenly; the mask keeps “{last}” at 0.</source>
        <translation>“{query}” sözcüğünün sorgusu görebildiği her anahtara aşağı yukarı aynı puanı veriyor; bu yüzden ağırlığını eşit dağıtıyor. Maske, “{last}” sözcüğünün ağırlığını 0&apos;da tutuyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="380"/>
        <source>Queries and keys have 5 numbers each. Make them 2 numbers long (d_k = 2) while every word still gives more than half of its weight to its own kind: the animals to the animals, “{bank}” and “{loan}” to each other. Each score then costs 2 multiplications instead of 5.</source>
        <translation>Sorgular ve anahtarlar beşer sayıdan oluşuyor. Onları iki sayıya indirin (d_k = 2); her sözcük yine ağırlığının yarısından fazlasını kendi türüne versin: hayvanlar hayvanlara, “{bank}” ile “{loan}” birbirine. Her puan o zaman 5 yerine 2 çarpmaya mal olur.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="385"/>
        <source>{neo} rated only The Matrix, {ray} only Alien and Star Wars: as raw ratings they share nothing (cosine 0). Make their cosine score at least {least} while {neo} stays unlike every romance fan (cosine at most {most}), by changing only W_Q, W_K and the projection switch.</source>
        <translation>{neo} yalnızca Matrix&apos;i, {ray} yalnızca Yaratık ile Yıldız Savaşları&apos;nı puanladı: ham puanlamalarda hiçbir ortak yanları yok (kosinüs 0). Yalnızca W_Q&apos;yu, W_K&apos;yi ve dönüşümün açık ya da kapalı oluşunu değiştirerek kosinüs puanlarını en az {least} yapın; {neo} ise hiçbir romantik film hayranına benzemesin (kosinüs en çok {most}).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="388"/>
        <source>In the 2-concept space {neo} and {ray} are both sci-fi fans: their vectors point the same way.</source>
        <translation>İki kavramlı konu uzayında iki kullanıcı da bilimkurgu hayranı: {neo} ile {ray} kullanıcılarının vektörleri aynı yönü gösteriyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="371"/>
        <source>weights = softmax(scores / T): a smaller T sharpens the weights, a larger T flattens them.</source>
        <translation>ağırlıklar = softmax(puanlar / T): küçük bir T ağırlıkları keskinleştirir, büyük bir T düzleştirir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="372"/>
        <source>the temperature</source>
        <translation>sıcaklık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="373"/>
        <source>Dividing the scores by a smaller T widened their gaps: the largest score took a larger share.</source>
        <translation>Puanları daha küçük bir T&apos;ye bölmek aralarındaki farkı açtı: en büyük puan daha büyük bir pay aldı.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="374"/>
        <source>Equal attention under the causal mask</source>
        <translation>Nedensel maskeyle eşit dikkat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="377"/>
        <source>W_Q</source>
        <translation>W_Q</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="379"/>
        <source>From 5 dimensions to 2</source>
        <translation>5 boyuttan 2 boyuta</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="381"/>
        <source>The “d_k −” button drops the last column of W_Q and W_K. Column 2 reads only the feature every word has (noun), which cannot tell words apart: let it read the money feature too, in W_Q and W_K. Or let the SVD panel choose the two directions.</source>
        <translation>“d_k −” düğmesi W_Q ile W_K&apos;nin son sütununu atar. 2. sütun yalnızca her sözcükte olan özelliği (isim) okur, bu da sözcükleri birbirinden ayıramaz: W_Q&apos;da ve W_K&apos;de para özelliğini de okusun. Ya da iki yönü SVD paneline seçtirin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="382"/>
        <source>W_Q and W_K (their numbers and d_k)</source>
        <translation>W_Q ve W_K (sayıları ve d_k)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="383"/>
        <source>Two numbers per query and key keep who attends to whom: each score costs 2 multiplications instead of 5.</source>
        <translation>Sorgu ve anahtar başına iki sayı, kimin kime dikkat ettiğini koruyor: her puan 5 yerine 2 çarpmaya mal oluyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="384"/>
        <source>Strangers in topic space</source>
        <translation>Konu uzayında iki yabancı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="386"/>
        <source>Map every user to their strength in each topic: the SVD panel&apos;s “Use as W_Q = W_K = V_2” keeps the sci-fi and the romance directions.</source>
        <translation>Her kullanıcıyı her konudaki gücüne dönüştürün: SVD panelindeki “W_Q = W_K = V_2 olarak kullan” bilimkurgu ve romantik film yönlerini tutar.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="387"/>
        <source>W_Q, W_K and the projection switch</source>
        <translation>W_Q, W_K ve dönüşümün açık ya da kapalı oluşu</translation>
    </message>
</context>
<context>
    <name>compute</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="112"/>
        <source>inputs is empty</source>
        <translation>girdi yok: en az bir girdi gerekir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="113"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="114"/>
        <source>mode must be &apos;self&apos; or &apos;seq2seq&apos;, not {got}</source>
        <translation>mode &apos;self&apos; ya da &apos;seq2seq&apos; olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="115"/>
        <source>decoder is required in seq2seq mode and must not be empty</source>
        <translation>seq2seq modunda kod çözücünün en az bir gizli durumu olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="116"/>
        <source>{name} is required when the projection is enabled</source>
        <translation>dönüşüm açıkken {name} gereklidir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="117"/>
        <source>{name} has {rows} rows but the inputs have {cols} columns</source>
        <translation>{name} içinde {rows} satır var, ama girdilerde {cols} sütun var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="118"/>
        <source>{name} has {rows} rows but the decoder states have {cols} columns</source>
        <translation>{name} içinde {rows} satır var, ama kod çözücünün gizli durumlarında {cols} sütun var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="119"/>
        <source>w_q has {q} columns but w_k has {k}; queries and keys need the same dimension</source>
        <translation>w_q içinde {q} sütun var, ama w_k içinde {k}; sorgular ve anahtarlar aynı boyutta olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="120"/>
        <source>decoder has {got} columns but the inputs have {d}; without a projection queries and keys need the same dimension</source>
        <translation>kod çözücünün gizli durumlarında {got} sütun var, ama girdilerde {d}; dönüşüm olmadan sorgular ve anahtarlar aynı boyutta olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="121"/>
        <source>w_a must be {d_k} × {d_k} for the general score, got {rows} × {cols}</source>
        <translation>çift doğrusal puan için W_a {d_k} × {d_k} olmalı; verilen: {rows} × {cols}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="122"/>
        <source>w_a must be {d_k} × {d_k} for the general score, got missing</source>
        <translation>çift doğrusal puan için W_a {d_k} × {d_k} olmalı; W_a yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="123"/>
        <source>w_a must have {rows} rows (2·d_k) for the additive score, got {got} rows</source>
        <translation>toplamsal puan için W_a {rows} satır (2·d_k) içermeli; verilen: {got} satır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="124"/>
        <source>w_a must have {rows} rows (2·d_k) for the additive score, got missing</source>
        <translation>toplamsal puan için W_a {rows} satır (2·d_k) içermeli; W_a yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="125"/>
        <source>v_a must have length {length} (the columns of w_a), got length {got}</source>
        <translation>v_a vektörünün uzunluğu {length} (W_a matrisinin sütun sayısı) olmalı; verilen uzunluk: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="126"/>
        <source>v_a must have length {length} (the columns of w_a), got missing</source>
        <translation>v_a vektörünün uzunluğu {length} (W_a matrisinin sütun sayısı) olmalı; v_a yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="127"/>
        <source>score kind {kind} is not one of dot, scaled_dot, cosine, general, additive</source>
        <translation>puan türü {kind} geçerli değil; geçerli türler: dot, scaled_dot, cosine, general, additive</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="128"/>
        <source>temperature must be a positive number, got {got}</source>
        <translation>sıcaklık pozitif bir sayı olmalı; verilen değer: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="129"/>
        <source>causal is only available in self mode</source>
        <translation>nedensel maske yalnızca öz-dikkatte kullanılabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="130"/>
        <source>weights_override is {rows} × {cols} but must be {m} × {n} (queries × inputs)</source>
        <translation>elle ayarlanan ağırlıklar {rows} × {cols} boyutunda, ama {m} × {n} (sorgular × girdiler) olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="131"/>
        <source>weights_override contains a number that is not finite</source>
        <translation>elle ayarlanan ağırlıklarda sonlu olmayan bir sayı var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="132"/>
        <source>weights_override row {row} has a negative weight</source>
        <translation>elle ayarlanan ağırlıkların {row}. satırında negatif bir ağırlık var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="133"/>
        <source>weights_override row {row} sums to {total}, not 1</source>
        <translation>elle ayarlanan ağırlıkların {row}. satırının toplamı 1 değil, {total}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="134"/>
        <source>the causal mask hides input {col} from query {row}: its weight stays 0</source>
        <translation>nedensel maske {col}. girdiyi {row}. sorgudan gizliyor: ağırlığı 0 kalır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="135"/>
        <source>heads must be a whole number from 1 to {max}, not {got}</source>
        <translation>heads 1 ile {max} arasında bir tam sayı olmalı; {got} olamaz</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="136"/>
        <source>{heads} heads need the projection enabled; without it there is one head</source>
        <translation>kafa sayısı {heads}: birden çok kafa için dönüşüm açık olmalı; dönüşüm kapalıyken tek kafa vardır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="137"/>
        <source>the {kind} score works with one head only; with {heads} heads use dot, scaled_dot or cosine</source>
        <translation>{kind} puanı yalnızca tek kafayla çalışır; kafa sayısı {heads} iken dot, scaled_dot ya da cosine kullanın</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="138"/>
        <source>{name} has {cols} columns, which is not heads × {dim} for {heads} heads</source>
        <translation>{name} matrisinde {cols} sütun var; kafa sayısı {heads} iken sütun sayısı kafa sayısı × {dim} olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="139"/>
        <source>w_o has {rows} rows but the heads&apos; contexts side by side have {cols} columns (heads × d_v)</source>
        <translation>w_o matrisinde {rows} satır var, ama kafaların yan yana konmuş bağlam vektörlerinde {cols} sütun var (kafa sayısı × d_v)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="140"/>
        <source>positional kind {kind} is not one of none, sinusoidal, learned</source>
        <translation>konum kodlaması türü geçersiz: {kind}; none, sinusoidal ya da learned olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="141"/>
        <source>sinusoidal positions are only available in self mode</source>
        <translation>sinüzoidal konum kodlaması yalnızca self modunda kullanılabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="142"/>
        <source>positional.table must be {n} × {d} (one row per input), got {rows} × {cols}</source>
        <translation>positional.table {n} × {d} olmalı (her girdi için bir satır); verilen: {rows} × {cols}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="143"/>
        <source>positional.table must be {n} × {d} (one row per input), got missing</source>
        <translation>positional.table {n} × {d} olmalı (her girdi için bir satır); tablo yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="144"/>
        <source>padding has {count} entries but inputs has {n} rows</source>
        <translation>padding içinde {count} öğe var, ama girdilerde {n} satır var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="145"/>
        <source>weights_override of head {head} is {rows} × {cols} but must be {m} × {n} (queries × inputs)</source>
        <translation>{head}. kafanın weights_override matrisi {rows} × {cols}, ama {m} × {n} olmalı (sorgular × girdiler)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="146"/>
        <source>weights_override of head {head} contains a number that is not finite</source>
        <translation>{head}. kafanın weights_override matrisinde sonlu olmayan bir sayı var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="147"/>
        <source>weights_override of head {head} row {row} has a negative weight</source>
        <translation>{head}. kafanın weights_override matrisinde {row}. satırda negatif bir ağırlık var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="148"/>
        <source>weights_override of head {head} row {row} sums to {total}, not 1</source>
        <translation>{head}. kafanın weights_override matrisinde {row}. satırın toplamı 1 değil, {total}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="149"/>
        <source>the causal mask hides input {col} from query {row}: its weight in head {head} stays 0</source>
        <translation>nedensel maske {col}. girdiyi {row}. sorgudan gizler: {head}. kafadaki ağırlığı 0 kalır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="150"/>
        <source>input {col} is padding, hidden from every query: the weight of query {row} on it stays 0</source>
        <translation>{col}. girdi dolgudur, her sorgudan gizlenir: {row}. sorgunun ona verdiği ağırlık 0 kalır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="151"/>
        <source>input {col} is padding, hidden from every query: the weight of query {row} on it in head {head} stays 0</source>
        <translation>{col}. girdi dolgudur, her sorgudan gizlenir: {row}. sorgunun {head}. kafada ona verdiği ağırlık 0 kalır</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="152"/>
        <source>the last input cannot be removed</source>
        <translation>son girdi silinemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="153"/>
        <source>the last decoder state cannot be removed</source>
        <translation>kod çözücünün son gizli durumu silinemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="154"/>
        <source>{name} must be at least 1</source>
        <translation>{name} en az 1 olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="155"/>
        <source>there can be at most {max} tokens</source>
        <translation>en çok {max} girdi olabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="156"/>
        <source>there can be at most {max} decoder states</source>
        <translation>en çok {max} kod çözücü durumu olabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="157"/>
        <source>{name} can be at most {max}</source>
        <translation>{name} en çok {max} olabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="158"/>
        <source>{name} can be at most {max} with {heads} heads: the heads side by side have at most {limit} columns</source>
        <translation>{heads} kafayla {name} en çok {max} olabilir: yan yana kafaların toplam sütun sayısı en çok {limit}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="159"/>
        <source>{heads} heads of {width} columns each would need {cols} columns, more than {limit}: make d_k and d_v smaller first</source>
        <translation>her biri {width} sütunluk {heads} kafa için {cols} sütun gerekirdi, sınır ise {limit}: önce d_k ile d_v değerlerini küçültün</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="160"/>
        <source>heads must be from 1 to {max}</source>
        <translation>kafa sayısı 1 ile {max} arasında olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="161"/>
        <source>positions must be one of none, sinusoidal, learned, not {kind}</source>
        <translation>konumlar none, sinusoidal ya da learned olmalı; {kind} olamaz</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="162"/>
        <source>sinusoidal positions are for self-attention (the decoder states carry none)</source>
        <translation>sinüs konum kodlaması öz-dikkat içindir (kod çözücü durumları konum taşımaz)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="163"/>
        <source>the new order must name every token once</source>
        <translation>yeni sıra her girdiyi tam bir kez içermeli</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="164"/>
        <source>This session has {heads} heads, and several heads need the projections: they stay on</source>
        <translation>Bu oturumda {heads} kafa var; birden çok kafa dönüşümler olmadan çalışamaz, bu yüzden dönüşümler açık kalıyor</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="6"/>
        <source>Projection is off: the queries are the raw input vectors, Q = I.</source>
        <translation>Dönüşüm kapalı: sorgular ham girdi vektörleridir, Q = I.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="7"/>
        <source>Projection is off: the queries are the raw decoder states, Q = S.</source>
        <translation>Dönüşüm kapalı: sorgular kod çözücünün ham gizli durumlarıdır, Q = S.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="8"/>
        <source>Projection is off: the keys are the raw input vectors, K = I.</source>
        <translation>Dönüşüm kapalı: anahtarlar ham girdi vektörleridir, K = I.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="9"/>
        <source>Projection is off: the keys are the raw encoder states, K = H.</source>
        <translation>Dönüşüm kapalı: anahtarlar kodlayıcının ham gizli durumlarıdır, K = H.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="10"/>
        <source>Projection is off: the values are the raw input vectors, V = I.</source>
        <translation>Dönüşüm kapalı: değerler ham girdi vektörleridir, V = I.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="11"/>
        <source>Projection is off: the values are the raw encoder states, V = H.</source>
        <translation>Dönüşüm kapalı: değerler kodlayıcının ham gizli durumlarıdır, V = H.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="12"/>
        <source>{name} = {source} · {weight}: row {row} of the inputs times column {col} of {weight}.</source>
        <translation>{name} = {source} · {weight}: girdilerin {row}. satırı çarpı {weight} matrisinin {col}. sütunu.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="13"/>
        <source>{name} = {source} · {weight}: row {row} of the encoder states times column {col} of {weight}.</source>
        <translation>{name} = {source} · {weight}: kodlayıcı gizli durumlarının {row}. satırı çarpı {weight} matrisinin {col}. sütunu.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="14"/>
        <source>{name} = {source} · {weight}: row {row} of the decoder states times column {col} of {weight}.</source>
        <translation>{name} = {source} · {weight}: kod çözücü gizli durumlarının {row}. satırı çarpı {weight} matrisinin {col}. sütunu.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="15"/>
        <source>In seq2seq attention the keys and the values are both the encoder states.</source>
        <translation>Seq2seq dikkatinde anahtarlar da değerler de kodlayıcının gizli durumlarıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="16"/>
        <source>Dividing by √d_k = √{d_k} keeps the scores from growing with the dimension.</source>
        <translation>√d_k = √{d_k} ile bölmek, puanların boyutla birlikte büyümesini önler.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="17"/>
        <source>One of the vectors is zero, so the cosine is defined as 0.</source>
        <translation>Vektörlerden biri sıfır olduğu için kosinüs 0 kabul edilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="18"/>
        <source>Scores are divided by the temperature T = {t} before the softmax.</source>
        <translation>Puanlar softmax&apos;tan önce T = {t} sıcaklığına bölünür.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="19"/>
        <source>Masked by the causal mask: query {row} may only look at inputs 1..{row}.</source>
        <translation>Nedensel maske bunu gizliyor: {row}. sorgu yalnızca 1..{row} arasındaki girdilere bakabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="20"/>
        <source>Masked by the padding mask: input {col} is padding, which no query looks at.</source>
        <translation>Dolgu maskesiyle gizlendi: {col} girdisi dolgu; hiçbir sorgu ona bakmaz.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="21"/>
        <source>The masks hide every input from query {row}: it has no key to look at, so its weights are all 0 and its context is the zero vector.</source>
        <translation>Maskeler {row} sorgusundan bütün girdileri gizliyor: bakacağı bir anahtar kalmadığı için bütün ağırlıkları 0, bağlam vektörü de sıfır vektörü.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="22"/>
        <source>The heads see the inputs plus their positions: row {row} of inputs + P, where P is the sinusoidal positional encoding (fixed, not learned).</source>
        <translation>Kafalar girdileri konumlarıyla birlikte görür, yani girdiler + P (satır {row}); burada P sinüslü konum kodlamasıdır (sabittir, öğrenilmez).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="23"/>
        <source>The heads see the inputs plus their positions: row {row} of inputs + P, where P is the learned positional table (editable, one row per position).</source>
        <translation>Kafalar girdileri konumlarıyla birlikte görür, yani girdiler + P (satır {row}); burada P öğrenilebilir konum tablosudur (düzenlenebilir, her konuma bir satır).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="24"/>
        <source>This weight was set by hand (weights override), so the softmax is not used.</source>
        <translation>Bu ağırlık elle ayarlandı; bu yüzden softmax kullanılmıyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="25"/>
        <source>Softmax turns the scores of query {row} into weights that sum to 1.</source>
        <translation>Softmax, {row} sorgusunun puanlarını toplamı 1 olan ağırlıklara dönüştürür.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="26"/>
        <source>The context vector is the weighted sum of the values.</source>
        <translation>Bağlam vektörü, değerlerin ağırlıklı toplamıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="27"/>
        <source>With weight 1 on the last input the context is just its value: the classic seq2seq context vector.</source>
        <translation>Son girdinin ağırlığı 1 olduğunda bağlam doğrudan onun değeridir: klasik seq2seq bağlam vektörü.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="28"/>
        <source>As the sum of its parts w_j·v_j (head to tail in the geometry plot): {parts}</source>
        <translation>Parçalarının toplamı olarak (geometri grafiğinde uç uca eklenen w_j·v_j): {parts}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="29"/>
        <source>The heads&apos; contexts stand side by side, d_v = {d_v} columns each: column {col} of the concat is column {dim} of head {head}&apos;s context.</source>
        <translation>Kafaların bağlam vektörleri yan yana durur, her biri d_v = {d_v} sütun: birleşimin {col} sütunu, {head}. kafanın bağlamının {dim}. sütunudur.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="30"/>
        <source>With one head the concat is the context itself.</source>
        <translation>Tek kafada birleşim bağlamın kendisidir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="31"/>
        <source>The output projection W_O mixes the heads: every output column weighs every column of every head&apos;s context.</source>
        <translation>Çıktı dönüşümü W_O kafaları karıştırır: çıktının her sütunu, her kafanın bağlamının her sütununu ağırlıklandırır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="32"/>
        <source>Head by head (each head&apos;s context times its rows of W_O): {parts}</source>
        <translation>Kafa kafa (her kafanın bağlamı çarpı W_O&apos;daki kendi satırları): {parts}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="33"/>
        <source>Without W_O the output is the concat itself; turn on the output projection W_O to mix the heads.</source>
        <translation>W_O yokken çıktı birleşimin kendisidir; kafaları karıştırmak için çıktı dönüşümü W_O&apos;yu açın.</translation>
    </message>
</context>
<context>
    <name>formula</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="34"/>
        <source>score</source>
        <translation>puan</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="35"/>
        <source>weight</source>
        <translation>ağırlık</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="36"/>
        <source>context</source>
        <translation>bağlam</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="37"/>
        <source>masked</source>
        <translation>maskeli</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="38"/>
        <source>concat</source>
        <translation>birleşim</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="39"/>
        <source>output</source>
        <translation>çıktı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="40"/>
        <source>head</source>
        <translation>kafa</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="400"/>
        <source>cannot read {file}: {reason}</source>
        <translation>okunamıyor: {file} ({reason})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="401"/>
        <source>{file} is {size} MB; files larger than {limit} MB are not imported</source>
        <translation>{file} dosyası {size} MB; {limit} MB üzerindeki dosyalar içe aktarılmaz</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="402"/>
        <source>{file} is empty</source>
        <translation>{file} dosyası boş</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="403"/>
        <source>{file} is neither a text table (CSV, TSV) nor a .npy, .npz or .safetensors file</source>
        <translation>{file} dosyası ne bir metin tablosu (CSV, TSV) ne de bir .npy, .npz ya da .safetensors dosyası</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="404"/>
        <source>{file} is not a readable {kind} file (it may be damaged or cut short)</source>
        <translation>{file} okunabilir bir {kind} dosyası değil (bozuk ya da yarım kalmış olabilir)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="405"/>
        <source>row {row} of {file} has {count} numbers but row {first_row} has {first}</source>
        <translation>{file} dosyasının {row}. satırında {count} sayı var, oysa {first_row}. satırında {first} sayı var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="406"/>
        <source>row {row}, column {column} of {file} is not a number: “{text}”</source>
        <translation>{file} dosyasında {row}. satır, {column}. sütun bir sayı değil: “{text}”</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="407"/>
        <source>{file} holds no numbers</source>
        <translation>{file} dosyasında hiç sayı yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="408"/>
        <source>row {row}, column {column} of {file} is not a finite number ({value})</source>
        <translation>{file} dosyasında {row}. satır, {column}. sütun sonlu bir sayı değil ({value})</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="409"/>
        <source>row {row}, column {column} of {file} is {value}: a cell holds numbers between {low} and {high}</source>
        <translation>{file} dosyasında {row}. satır, {column}. sütundaki değer {value}: bir hücredeki sayı {low} ile {high} arasında olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="410"/>
        <source>{file} holds an array of {ndim} dimensions ({shape}); only a vector or a matrix (1 or 2 dimensions) can be imported</source>
        <translation>{file} dosyasındaki dizinin boyut sayısı {ndim} ({shape}); yalnızca bir vektör ya da matris (1 ya da 2 boyut) içe aktarılabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="411"/>
        <source>{file} holds numbers of type {dtype}; only real numbers (integers or floats) can be imported</source>
        <translation>{file} dosyasındaki sayıların türü {dtype}; yalnızca gerçel sayılar (tamsayılar ya da kayan noktalı sayılar) içe aktarılabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="412"/>
        <source>{file} holds numbers of type {dtype}, which NumPy cannot read: save the tensor as float16 or float32 first</source>
        <translation>{file} dosyasındaki sayıların türü {dtype}; NumPy bu türü okuyamaz: tensörü önce float16 ya da float32 olarak kaydedin</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="413"/>
        <source>{file} has no array “{key}”; it has: {keys}</source>
        <translation>{file} dosyasında “{key}” adlı bir dizi yok; olan diziler: {keys}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="414"/>
        <source>{file} holds several arrays: pick one of {keys}</source>
        <translation>{file} dosyasında birden çok dizi var; şunlardan birini seçin: {keys}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="415"/>
        <source>{file} holds no arrays</source>
        <translation>{file} dosyasında hiç dizi yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="416"/>
        <source>{file} holds one matrix: it has no array “{key}” to pick</source>
        <translation>{file} dosyasında tek bir matris var: seçilecek “{key}” adlı bir dizi yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="417"/>
        <source>{target} cannot be imported; the targets are: {targets}</source>
        <translation>içe aktarılamayan hedef: {target}; hedefler şunlar: {targets}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="418"/>
        <source>a {got} matrix does not fit as {target}: the session needs {expected}</source>
        <translation>{got} boyutlu bir matris {target} olarak uymuyor: oturumun istediği boyut {expected}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="419"/>
        <source>decoder states belong to seq2seq attention: switch the mode to seq2seq first (this session is self-attention)</source>
        <translation>kod çözücü durumları seq2seq dikkatine aittir: önce kipi seq2seq yapın (bu oturum öz-dikkat)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="420"/>
        <source>a matrix of {cols} columns cannot be split into Q, K and V (thirds)</source>
        <translation>{cols} sütunlu bir matris Q, K ve V olarak üç eşit parçaya bölünemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="421"/>
        <source>{cols} columns cannot be split into {heads} heads of equal width</source>
        <translation>{cols} sütun, eşit genişlikte {heads} kafaya bölünemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="422"/>
        <source>head {head} does not exist: there are {heads} heads</source>
        <translation>kafa {head} yok: toplam {heads} kafa var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="423"/>
        <source>head {head} does not exist: the matrix is taken as one head</source>
        <translation>kafa {head} yok: matris tek kafa olarak alınıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="424"/>
        <source>the number of heads must be from 1 to {cols}</source>
        <translation>kafa sayısı 1 ile {cols} arasında olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="425"/>
        <source>the first rows must be from 1 to {rows}</source>
        <translation>ilk satır sayısı 1 ile {rows} arasında olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="426"/>
        <source>{rows} rows cannot be split into {heads} heads of equal height</source>
        <translation>{rows} satır, eşit yükseklikte {heads} kafaya bölünemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="427"/>
        <source>the number of heads must be from 1 to {rows}</source>
        <translation>kafa sayısı 1 ile {rows} arasında olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="428"/>
        <source>{rows} tokens are more than the {limit} the app works with</source>
        <translation>{rows} sözcük çok fazla: uygulama en çok {limit} sözcükle çalışır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="429"/>
        <source>{name} would be {size}, more than the {limit} the app works with</source>
        <translation>{name} değeri {size} olurdu: uygulama en çok {limit} ile çalışır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="430"/>
        <source>this session has {heads} heads: head {head} does not exist</source>
        <translation>bu oturumda {heads} kafa var: kafa {head} yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="431"/>
        <source>this session has no W_O yet to put head {head}&apos;s rows into: import the whole W_O first (the rows of all {heads} heads), or turn W_O on</source>
        <translation>bu oturumda kafa {head} satırlarının gireceği bir W_O henüz yok: önce W_O&apos;nun tamamını (toplam {heads} kafanın satırlarını) içe aktarın ya da W_O&apos;yu açın</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="432"/>
        <source>this session has no W_O yet to put head {head}&apos;s rows into: import the whole W_O first (the rows of all {heads} heads)</source>
        <translation>bu oturumda kafa {head} satırlarının gireceği bir W_O henüz yok: önce W_O&apos;nun tamamını (toplam {heads} kafanın satırlarını) içe aktarın</translation>
    </message>
</context>
<context>
    <name>lesson_file</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="209"/>
        <source>the file is not a qkv-gui lesson: it must hold a JSON object with &quot;format&quot;: &quot;{format}&quot;</source>
        <translation>dosya bir qkv-gui dersi değil: &quot;format&quot;: &quot;{format}&quot; içeren bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="210"/>
        <source>unknown lesson &quot;{name}&quot;; the lessons are: {names}</source>
        <translation>bilinmeyen ders &quot;{name}&quot;; dersler şunlar: {names}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="211"/>
        <source>panel must be the name of a panel (a short string) or null, not {got}</source>
        <translation>panel bir panelin adı (kısa bir metin) ya da null olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="212"/>
        <source>{key} is missing from the lesson file</source>
        <translation>ders dosyasında {key} eksik</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="234"/>
        <source>Attention in a seq2seq model</source>
        <translation>Seq2seq modelinde dikkat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="242"/>
        <source>Only the last input: the classic seq2seq context</source>
        <translation>Yalnızca son girdi: klasik seq2seq bağlamı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="251"/>
        <source>Self-attention: Q, K and V are transforms of the inputs</source>
        <translation>Öz-dikkat: Q, K ve V girdilerin dönüşümleridir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="252"/>
        <source>In self-attention every input x_i asks and answers. The inputs I (one row per token) are multiplied by three matrices: Q = I·W_Q, K = I·W_K, V = I·W_V. Then score_ij = q_i·k_j, softmax gives the weights and context_i = Σ_j weight_ij v_j. We could use the raw vectors directly, so why transform? Because the matrices decide what each token looks for (its query), what it offers (its key) and what it passes on (its value), and W_Q and W_K may differ.</source>
        <translation>Öz-dikkatte her girdi x_i hem sorar hem yanıtlar. Girdiler I (her sözcük için bir satır) üç matrisle çarpılır: Q = I·W_Q, K = I·W_K, V = I·W_V. Sonra puan_ij = q_i·k_j olur, softmax ağırlıkları verir ve bağlam_i = Σ_j ağırlık_ij v_j. Ham vektörleri doğrudan kullanabilirdik; öyleyse dönüşüm neden? Çünkü her sözcüğün ne aradığına (sorgusu), ne sunduğuna (anahtarı) ve neyi aktardığına (değeri) matrisler karar verir; W_Q ile W_K farklı da olabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="253"/>
        <source>Edit W_Q so that x1 gives itself more than half of its weight. q1 = x1·W_Q is row 1 plus row 3 of W_Q; hint: set row 1 of W_Q to [-2, 0, 1].</source>
        <translation>W_Q&apos;yu, x1 ağırlığının yarısından fazlasını kendine verecek biçimde değiştirin. q1 = x1·W_Q, W_Q&apos;nun 1. ve 3. satırlarının toplamıdır; ipucu: W_Q&apos;nun 1. satırını [-2, 0, 1] yapın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="260"/>
        <source>Raw vectors or projected ones?</source>
        <translation>Ham vektörler mi, dönüştürülmüşler mi?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="261"/>
        <source>Without the projection score_ij = x_i·x_j / √d: the scores are symmetric, and a vector is usually most similar to itself, so most words attend mainly to themselves. With the projection score_ij = (x_i W_Q)·(x_j W_K) / √d_k: the matrices choose which features count, so a word can look for a different word.</source>
        <translation>Dönüşüm olmadan puan_ij = x_i·x_j / √d: puanlar simetriktir ve bir vektör çoğunlukla en çok kendine benzer; bu yüzden çoğu sözcük en çok kendine dikkat eder. Dönüşümle puan_ij = (x_i W_Q)·(x_j W_K) / √d_k: hangi özelliklerin sayılacağını matrisler seçer; böylece bir sözcük başka bir sözcüğü arayabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="262"/>
        <source>Switch the projection off and compare the scores and the weights with the projected ones (or use the raw vs. projected comparison).</source>
        <translation>Dönüşümü kapatın; puanları ve ağırlıkları dönüştürülmüş olanlarla karşılaştırın (ya da ham / dönüştürülmüş karşılaştırmasını kullanın).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="268"/>
        <source>The SVD topic space</source>
        <translation>SVD konu uzayı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="277"/>
        <source>Projections change the dimension: 5 → 2</source>
        <translation>Dönüşümler boyutu değiştirir: 5 → 2</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="285"/>
        <source>The matrices are learned</source>
        <translation>Matrisler öğrenilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="235"/>
        <source>A seq2seq encoder squeezes the whole input into one vector, which is not enough for long inputs. Attention lets the decoder use all the encoder hidden states h1…h4: the query is the decoder state s1, and the keys and the values are the encoder states themselves. score(s1, h_j) = s1·h_j, a dot product, measures how well they fit; weight_j = exp(score_j) / Σ_k exp(score_k) turns the scores into weights that sum to 1; and context = Σ_j weight_j·h_j is the weighted sum of the values. The scores here are small (0.6, 2.4, 0.6, 1.4), so every state gets a share and the context is a mixture of all four.</source>
        <translation>Bir seq2seq kodlayıcısı bütün girdiyi tek bir vektöre sıkıştırır; uzun girdiler için bu yetmez. Dikkat, kod çözücünün kodlayıcıdaki bütün gizli durumları (h1…h4) kullanmasını sağlar: sorgu, kod çözücünün gizli durumu s1&apos;dir; anahtarlar ve değerler ise kodlayıcı durumlarının kendileridir. puan(s1, h_j) = s1·h_j bir iç çarpımdır ve ikisinin ne kadar uyuştuğunu ölçer; ağırlık_j = exp(puan_j) / Σ_k exp(puan_k) puanları toplamı 1 olan ağırlıklara çevirir; bağlam = Σ_j ağırlık_j·h_j de değerlerin ağırlıklı toplamıdır. Buradaki puanlar küçük (0,6, 2,4, 0,6, 1,4); bu yüzden her durum bir pay alır ve bağlam vektörü dördünün karışımıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="236"/>
        <source>Edit the decoder state s1 so that h4 gets the most weight (hint: make s1 point like h4 = [0, 5, 1], e.g. s1 = [0, 0.5, 0]). Then make s1 ten times longer, [0, 5, 0], and watch the mixture turn into a single pick.</source>
        <translation>Kod çözücü durumu s1&apos;i, en çok ağırlığı h4 alacak biçimde değiştirin (ipucu: s1&apos;i h4 = [0, 5, 1] ile aynı yöne çevirin, ör. s1 = [0; 0,5; 0]). Sonra s1&apos;i on kat uzatıp [0, 5, 0] yapın ve karışımın tek bir seçime dönüşmesini izleyin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="237"/>
        <source>h4 gets the most weight of s1 now: its score is the largest of the four, and softmax gives the largest score the largest weight.</source>
        <translation>Artık s1&apos;in en büyük ağırlığı h4&apos;te: dördü arasında en büyük puan onun, softmax da en büyük puana en büyük ağırlığı verir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="238"/>
        <source>Once h4 gets the most weight, will h1, h2 and h3 still count?</source>
        <translation>En çok ağırlığı h4 aldığında h1, h2 ve h3&apos;ün payı kalacak mı?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="239"/>
        <source>Softmax never makes a weight exactly 0, but weight_j grows with exp(score_j): a state whose score is 5 below the best gets less than 1/148 of its weight. With s1 = [0, 0.5, 0] the scores are 0.5, 0, 0.5, 2.5 and all four keep a share; with s1 = [0, 5, 0] the gaps are ten times larger and h4 takes practically everything.</source>
        <translation>Softmax hiçbir ağırlığı tam 0 yapmaz, ama ağırlık_j, exp(puan_j) ile büyür: puanı en iyisinden 5 eksik olan bir durum, onun ağırlığının 1/148&apos;inden azını alır. s1 = [0; 0,5; 0] iken puanlar 0,5, 0, 0,5, 2,5 olur ve dördü de pay alır; s1 = [0, 5, 0] iken aralar on kat büyür ve h4 neredeyse her şeyi alır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="240"/>
        <source>Yes: each keeps a weight of 0.01 or more</source>
        <translation>Evet: her birinin ağırlığı 0,01 ya da daha fazla kalır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="241"/>
        <source>Hardly: at least one drops below 0.01</source>
        <translation>Pek kalmaz: en az biri 0,01&apos;in altına düşer</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="243"/>
        <source>A classic seq2seq model hands its decoder one context vector: the last encoder state. Attention contains it as a special case: set the weight of the last input to 1 and all earlier weights to 0, and context = 0·h1 + 0·h2 + 0·h3 + 1·h4 = h4. Then no earlier state is attended to, however well it fits the query.</source>
        <translation>Klasik bir seq2seq modeli kod çözücüye tek bir bağlam vektörü verir: kodlayıcının son gizli durumu. Dikkat bunu özel bir durum olarak içerir: son girdinin ağırlığını 1, öncekilerin hepsini 0 yapın; bağlam = 0·h1 + 0·h2 + 0·h3 + 1·h4 = h4 olur. O zaman sorguya ne kadar uyarsa uysun, önceki hiçbir duruma dikkat edilmez.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="244"/>
        <source>Look at the mixture first: every h_j adds weight_j·h_j to the context. Then press “Only the last input” (or set the weights by hand to 0, 0, 0, 1) and compare the context with h4 = [0, 5, 1].</source>
        <translation>Önce karışıma bakın: her h_j bağlama ağırlık_j·h_j kadar katkı verir. Sonra “Yalnızca son girdi” düğmesine basın (ya da ağırlıkları elle 0, 0, 0, 1 yapın) ve bağlamı h4 = [0, 5, 1] ile karşılaştırın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="245"/>
        <source>The weights are [0, …, 0, 1], so the context is exactly the last encoder state: the classic seq2seq context vector, in which no earlier state counts.</source>
        <translation>Ağırlıklar [0; …; 0; 1]; bu yüzden bağlam tam olarak kodlayıcının son gizli durumu: önceki hiçbir durumun sayılmadığı klasik seq2seq bağlam vektörü.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="246"/>
        <source>With the weights [0, 0, 0, 1], what will the context vector be?</source>
        <translation>Ağırlıklar [0, 0, 0, 1] olunca bağlam vektörü ne olur?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="247"/>
        <source>context = Σ_j weight_j·h_j: with the weights 0, 0, 0, 1 every term but the last is 0·h_j = 0, so nothing of h1, h2 and h3 is left in it.</source>
        <translation>bağlam = Σ_j ağırlık_j·h_j: ağırlıklar 0, 0, 0, 1 olunca sonuncusu dışındaki her terim 0·h_j = 0 olur; içinde h1, h2 ve h3&apos;ten hiçbir şey kalmaz.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="248"/>
        <source>Exactly h4</source>
        <translation>Tam olarak h4</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="249"/>
        <source>Mostly h4, with a little of h1, h2 and h3</source>
        <translation>Çoğu h4, biraz da h1, h2 ve h3</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="250"/>
        <source>The average of h1…h4</source>
        <translation>h1…h4&apos;ün ortalaması</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="254"/>
        <source>x1 gives itself more than half of its weight now: its query q1 = x1·W_Q fits its own key k1 better than any other key.</source>
        <translation>x1 artık ağırlığının yarısından fazlasını kendine veriyor: sorgusu q1 = x1·W_Q, kendi anahtarı k1&apos;e öteki bütün anahtarlardan daha iyi uyuyor.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="255"/>
        <source>You will change row 1 of W_Q. Whose queries will change?</source>
        <translation>W_Q&apos;nun 1. satırını değiştireceksiniz. Hangi sorgular değişecek?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="256"/>
        <source>q_i = x_i·W_Q adds up the rows of W_Q, each times the matching number of x_i. x1 = [1, 0, 1, 0] and x3 = [1, 0, 1, 1] have a 1 in place 1, so row 1 goes into q1 and q3; x2 = [0, 1, 0, 1] has a 0 there, so q2 stays as it is.</source>
        <translation>q_i = x_i·W_Q, W_Q&apos;nun satırlarını x_i&apos;deki karşılık gelen sayılarla çarpıp toplar. x1 = [1, 0, 1, 0] ve x3 = [1, 0, 1, 1] ilk yerde 1 taşır; bu yüzden 1. satır q1&apos;e ve q3&apos;e girer. x2 = [0, 1, 0, 1] orada 0 taşır; q2 olduğu gibi kalır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="257"/>
        <source>Only x1&apos;s</source>
        <translation>Yalnızca x1&apos;inki</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="258"/>
        <source>x1&apos;s and x3&apos;s</source>
        <translation>x1&apos;inki ve x3&apos;ünkü</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="259"/>
        <source>All three</source>
        <translation>Üçününki de</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="263"/>
        <source>These are the raw scores: the table is symmetric (score_ij = score_ji), and most words give themselves the most weight. Switch the projection back on to compare.</source>
        <translation>Bunlar ham puanlar: tablo simetrik (puan_ij = puan_ji) ve çoğu sözcük en büyük ağırlığı kendine veriyor. Karşılaştırmak için dönüşümü yeniden açın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="264"/>
        <source>Without the projection, where will most words put their largest weight?</source>
        <translation>Dönüşüm olmadan çoğu sözcük en büyük ağırlığını nereye verir?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="265"/>
        <source>Raw, score_ij = x_i·x_j / √d, and a vector&apos;s dot product with itself, |x_i|², is usually its largest: another word beats it only when it is longer and points nearly the same way. With the projection W_Q and W_K differ, so a query can fit another word&apos;s key best.</source>
        <translation>Ham hâliyle puan_ij = x_i·x_j / √d; bir vektörün kendisiyle iç çarpımı |x_i|² çoğunlukla en büyüğüdür: başka bir sözcük onu ancak daha uzunsa ve neredeyse aynı yöne bakıyorsa geçer. Dönüşümde W_Q ile W_K farklıdır; bu yüzden bir sorgu en iyi başka bir sözcüğün anahtarına uyabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="266"/>
        <source>On themselves</source>
        <translation>Kendine</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="267"/>
        <source>On other words</source>
        <translation>Başka sözcüklere</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="269"/>
        <source>Seven users rate The Matrix, Alien, Star Wars, Casablanca and Titanic; I = U Σ Vᵀ finds two strong concepts, sci-fi and romance (σ = 12.48, 9.51), and a weak third (σ = 1.35). The queries are two new users: s1 rated only The Matrix, s2 only Alien and Star Wars, so s1·s2 = 0. V_2 (V&apos;s first two columns) gives each a strength per concept: q = s·V_2. The score is the cosine q·k / (|q| |k|), so taste counts, not how high one rates (a dot product puts Dan&apos;s 5s above Ann&apos;s 1s); softmax uses T = 0.3.</source>
        <translation>Yedi kullanıcı Matrix, Yaratık, Yıldız Savaşları, Kazablanka ve Titanik&apos;e oy veriyor; Tekil Değer Ayrıştırması I = U Σ Vᵀ iki güçlü kavram bulur, bilimkurgu ve romantik (σ = 12,48, 9,51), bir de zayıf bir üçüncüsünü (σ = 1,35). Sorgular iki yeni kullanıcı: s1 yalnızca Matrix&apos;e, s2 yalnızca Yaratık ile Yıldız Savaşları&apos;na oy vermiş; bu yüzden s1·s2 = 0. V_2 (V&apos;nin ilk iki sütunu) her kullanıcıya kavram başına bir güç verir: q = s·V_2. Puan kosinüstür, q·k / (|q| |k|): sayılan zevktir, kimin ne kadar yüksek oy verdiği değil (iç çarpımda Dan&apos;in 5&apos;leri Ann&apos;in 1&apos;lerini geçer); softmax T = 0,3 kullanır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="270"/>
        <source>Press “Use as W_Q = W_K = V_2” in the SVD panel: s1 and s2, raw cos 0, get cos 0.99. Then try m = 3 (the weak third concept parts them: 0.66) and m = 5 (0).</source>
        <translation>SVD panelinde “W_Q = W_K = V_2 olarak kullan” düğmesine basın: ham kosinüsü 0 olan s1 ile s2&apos;nin kosinüsü 0,99 olur. Sonra m = 3&apos;ü (zayıf üçüncü kavram onları ayırır: 0,66) ve m = 5&apos;i (0) deneyin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="271"/>
        <source>s1 and s2 point the same way in the topic space (cosine above 0.95), though they share no movie (raw dot product 0).</source>
        <translation>s1 ile s2 konu uzayında aynı yöne bakıyor (kosinüs 0,95&apos;ten büyük), oysa ortak hiçbir filmleri yok (ham iç çarpım 0).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="272"/>
        <source>As raw ratings s1·s2 = 0. What will their cosine be once both are multiplied by V_2?</source>
        <translation>Ham oylarla s1·s2 = 0. İkisi de V_2 ile çarpılınca kosinüsleri ne olur?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="273"/>
        <source>V_2 keeps only the two strong concepts, and The Matrix, Alien and Star Wars all load on the sci-fi one: s1·V_2 and s2·V_2 both point along it (cosine 0.99). The weak third concept is where these movies differ, so keeping it (m = 3) pulls the two apart again.</source>
        <translation>V_2 yalnızca iki güçlü kavramı tutar; Matrix, Yaratık ve Yıldız Savaşları&apos;nın üçü de bilimkurgu kavramına yüklenir: s1·V_2 ile s2·V_2 ikisi de onun boyunca uzanır (kosinüs 0,99). Bu filmlerin birbirinden ayrıldığı yer zayıf üçüncü kavramdır; onu da tutmak (m = 3) ikisini yeniden ayırır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="274"/>
        <source>Near 0: still strangers</source>
        <translation>0&apos;a yakın: hâlâ yabancılar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="275"/>
        <source>Somewhere in between</source>
        <translation>İkisinin arasında bir yerde</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="276"/>
        <source>Near 1: the same taste</source>
        <translation>1&apos;e yakın: aynı zevk</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="278"/>
        <source>W_Q and W_K here are 5 × 2, so each 5-D input becomes a 2-D query and a 2-D key: q_i = x_i·W_Q. Shrinking d = 5 numbers to m = 2 is practical: the 5 × 5 scores take n·n·m = 5·5·2 = 50 multiplications instead of n·n·d = 5·5·5 = 125, and the saving grows with n·n (making the queries and keys costs 2·n·d·m = 100 once, so it pays from 7 tokens on). What is lost is bounded by the SVD: the best 2 directions keep 80.8 % of the inputs&apos; Σ σ² (see the SVD panel). A key scores high when it points like the query and is long.</source>
        <translation>Burada W_Q ve W_K 5 × 2: her 5 boyutlu girdi 2 boyutlu bir sorgu ve bir anahtar olur: q_i = x_i·W_Q. d = 5 sayıyı m = 2&apos;ye indirmek işe yarar: 5 × 5 puan tablosu n·n·d = 5·5·5 = 125 yerine n·n·m = 5·5·2 = 50 çarpma ister ve kazanç n·n ile büyür (sorguları ve anahtarları üretmek bir kez 2·n·d·m = 100 çarpmaya mal olur; bu yüzden 7 sözcükten itibaren kârlıdır). Kaybı SVD sınırlar: en iyi 2 yön girdilerin Σ σ² değerinin % 80,8&apos;ini tutar (SVD paneli). Bir anahtar, sorguyla aynı yöne baktığında ve uzun olduğunda yüksek puan alır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="279"/>
        <source>Edit W_K so that “the” gives “robot” the most weight, with robot&apos;s key pointing the same way as the query of “the”, [1, 1]. Hint: robot = [1, 0, 0, 0, 2] uses row 5 of W_K twice; set that row to [1, 1].</source>
        <translation>W_K&apos;yı, ilk sözcük en çok ağırlığı “robot” sözcüğüne verecek biçimde değiştirin; robot&apos;un anahtarı, ilk sözcüğün sorgusu [1, 1] ile aynı yöne baksın. İpucu: robot = [1, 0, 0, 0, 2], W_K&apos;nın 5. satırını iki kez kullanır; o satırı [1, 1] yapın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="280"/>
        <source>“the” gives “robot” the most weight now, and robot&apos;s key points nearly the same way as the query of “the” (cosine 0.9 or more): a key that points like the query and is long scores highest.</source>
        <translation>İlk sözcük artık en çok ağırlığı “robot” sözcüğüne veriyor ve robot&apos;un anahtarı ilk sözcüğün sorgusuyla neredeyse aynı yöne bakıyor (kosinüs en az 0,9): sorgu yönündeki uzun anahtar en yüksek puanı alır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="281"/>
        <source>Queries and keys have 2 numbers each instead of 5. How many multiplications does the 5 × 5 score table take?</source>
        <translation>Sorgular ve anahtarlar artık 5 yerine 2&apos;şer sayı taşıyor. 5 × 5 puan tablosu kaç çarpma ister?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="282"/>
        <source>Each score is the dot product of a query and a key, one multiplication per number they hold: 2 instead of 5, so 5·5·2 = 50 instead of 125. Making the queries and keys costs 100 more once, so for 5 tokens the total is still higher; the saving wins from 7 tokens on and grows with n·n.</source>
        <translation>Her puan, bir sorguyla bir anahtarın iç çarpımıdır; taşıdıkları her sayı için bir çarpma: 5 yerine 2, yani 125 yerine 5·5·2 = 50. Sorguları ve anahtarları üretmek bir kez 100 çarpma daha ister; 5 sözcükte toplam hâlâ daha yüksektir, kazanç 7 sözcükten itibaren öne geçer ve n·n ile büyür.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="283"/>
        <source>As many as the raw 5-D vectors: 5·5·5 = 125</source>
        <translation>Ham 5 boyutlu vektörler kadar: 5·5·5 = 125</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="284"/>
        <source>Fewer: 5·5·2 = 50</source>
        <translation>Daha az: 5·5·2 = 50</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="286"/>
        <source>Nobody tunes W_Q, W_K or W_V by hand in a real network: they are learned. Pick a target pattern T and training lowers the loss L = (1/m) Σ_i Σ_j T_ij log(T_ij / weight_ij) by gradient descent: W ← W − η ∂L/∂W, with ∂L/∂score = (weight − T)/m.</source>
        <translation>Gerçek bir ağda kimse W_Q, W_K ya da W_V&apos;yi elle ayarlamaz: bunlar öğrenilir. Bir hedef örüntü T seçin; eğitim, L = (1/m) Σ_i Σ_j T_ij log(T_ij / ağırlık_ij) kaybını gradyan inişiyle düşürür: W ← W − η ∂L/∂W, burada ∂L/∂puan = (ağırlık − T)/m.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="287"/>
        <source>In the Train panel pick &quot;attend to the previous token&quot; and press Train: watch the loss fall and the weights move to the cell left of the diagonal.</source>
        <translation>Eğitim panelinde “önceki sözcüğe dikkat et” hedefini seçip eğitimi başlatın: kaybın düştüğünü ve ağırlıkların köşegenin solundaki hücreye kaydığını izleyin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="288"/>
        <source>Every token after the first gives more than half of its weight to the token before it: the “previous token” pattern.</source>
        <translation>İlk sözcükten sonraki her sözcük, ağırlığının yarısından fazlasını kendinden önceki sözcüğe veriyor: “önceki sözcük” örüntüsü.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="289"/>
        <source>The first token has no token before it. Where will its weight go after training?</source>
        <translation>İlk sözcüğün öncesinde sözcük yok. Eğitimden sonra onun ağırlığı nereye gider?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="290"/>
        <source>The target “attend to the previous token” gives the first token all of its weight on itself, as nothing comes before it, and training pulls its row there like every other row.</source>
        <translation>“Önceki sözcüğe dikkat et” hedefi, öncesinde hiçbir şey olmadığı için ilk sözcüğün bütün ağırlığını kendisine verir; eğitim de onun satırını, öteki satırlar gibi oraya çeker.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="291"/>
        <source>Mostly to itself</source>
        <translation>Çoğu kendine</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="292"/>
        <source>Mostly to another token</source>
        <translation>Çoğu başka bir sözcüğe</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="293"/>
        <source>Spread out: no token gets half</source>
        <translation>Dağılır: hiçbir sözcük yarısını almaz</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="294"/>
        <source>From SVD to learned matrices</source>
        <translation>SVD&apos;den öğrenilen matrislere</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="295"/>
        <source>In the SVD lesson we set W_Q = W_K = V_2 by hand. A real network computes no SVD: all three matrices, W_Q, W_K and W_V, are learned from examples. Here W_Q and W_K are 5 × 2 and start from small numbers. The target is the same topic: each user spreads its weight evenly over the users of its own concept (sci-fi or romance). Then compare the users&apos; learned coordinates I·W_Q with their topic coordinates I·V_2: the principal angles between the two planes are 0° when they are the same plane, up to a turn and a stretch (a 2 × 2 change of basis).</source>
        <translation>SVD dersinde W_Q = W_K = V_2 eşitliğini elle kurmuştuk. Gerçek bir ağ SVD hesaplamaz: üç dönüşüm matrisi de, W_Q, W_K ve W_V, örneklerden öğrenilir; yani öğrenilebilirdir. Burada W_Q ile W_K 5 × 2 boyutlu ve küçük sayılarla başlıyor. Hedef aynı konu: her kullanıcı ağırlığını kendi kavramındaki (bilimkurgu ya da romantik) kullanıcılara eşit olarak dağıtır. Sonra kullanıcıların öğrenilen I·W_Q koordinatlarını konu uzayındaki I·V_2 koordinatlarıyla karşılaştırın: iki düzlem arasındaki temel açılar, düzlemler aynıysa 0° olur; aradaki fark yalnızca bir döndürme ve esnetmedir (2 × 2&apos;lik bir taban değişimi).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="296"/>
        <source>In the Train panel keep “attend to the same topic”, learn W_Q and W_K, and press Train: watch the loss fall and the angles to V_2 shrink below 10°.</source>
        <translation>Eğitim panelinde “aynı konuya dikkat et” hedefini koruyun, W_Q ile W_K&apos;yi öğrenilecek olarak bırakın ve Eğit düğmesine basın: kaybın düştüğünü, V_2&apos;ye olan açıların 10°&apos;nin altına indiğini izleyin.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="297"/>
        <source>Every user gives more than 90% of its weight to its own topic, and the users&apos; coordinates I·W_Q and I·W_K lie within 10° of the plane of their SVD topic coordinates I·V_2: what the SVD finds, the matrices can learn.</source>
        <translation>Her kullanıcı ağırlığının yüzde 90&apos;ından fazlasını kendi konusuna veriyor; kullanıcıların I·W_Q ve I·W_K koordinatları, Tekil Değer Ayrıştırmasının konu uzayındaki I·V_2 koordinatlarının düzlemine 10°&apos;den yakın: SVD&apos;nin bulduğunu matrisler öğrenebilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="298"/>
        <source>After training, how far will the users&apos; learned coordinates I·W_Q be from their SVD topic coordinates I·V_2?</source>
        <translation>Eğitimden sonra kullanıcıların öğrenilen I·W_Q koordinatları, SVD&apos;nin konu uzayındaki I·V_2 koordinatlarından ne kadar uzak olacak?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="299"/>
        <source>The target only asks fans of one topic to attend to each other. The ratings vary almost only along the two topic directions (singular values 12.5 and 9.5, the third only 1.3), so matrices that tell the fans apart give coordinates in nearly the plane of I·V_2, turned and stretched: the numbers of W_Q need not be those of V_2.</source>
        <translation>Hedef yalnızca aynı konunun hayranlarının birbirine dikkat etmesini istiyor. Puanlar neredeyse yalnızca iki konu yönünde değişiyor (tekil değerler 12,5 ve 9,5; üçüncüsü yalnızca 1,3). Bu yüzden hayranları birbirinden ayıran matrisler, I·V_2 düzlemine çok yakın, yalnızca döndürülüp esnetilmiş koordinatlar verir: W_Q&apos;nun sayılarının V_2&apos;ninkilerle aynı olması gerekmez.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="300"/>
        <source>Nearly the same plane: the largest angle is below 10°</source>
        <translation>Neredeyse aynı düzlem: en büyük açı 10°&apos;nin altında</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="301"/>
        <source>A different plane: the largest angle is 10° or more</source>
        <translation>Başka bir düzlem: en büyük açı 10° ya da daha fazla</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="302"/>
        <source>W_Q becomes exactly V_2, number for number</source>
        <translation>W_Q, sayısı sayısına tam olarak V_2 olur</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="303"/>
        <source>Many heads look for different things</source>
        <translation>Birçok kafa farklı şeyler arar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="304"/>
        <source>A transformer runs several heads side by side on the same tokens. Each head i has its own block of W_Q, W_K and W_V, so its own weights and its own context: head_i = softmax(Q_i K_iᵀ / √d_k) V_i. One head can look at the word before, another at the words of the same topic. The heads&apos; contexts are put side by side and W_O mixes them: output = [head_1 | head_2]·W_O. The words here alternate between animals and food, so the word before is always of the other topic: one head cannot follow both patterns.</source>
        <translation>Bir transformer aynı sözcükler üzerinde birkaç kafayı yan yana çalıştırır. Her i kafasının W_Q, W_K ve W_V içinde kendi bloğu, dolayısıyla kendi ağırlıkları ve kendi bağlam vektörü vardır: head_i = softmax(Q_i K_iᵀ / √d_k) V_i. Bir kafa önceki sözcüğe bakabilir, bir başkası aynı konudaki sözcüklere. Kafaların bağlam vektörleri yan yana konur ve W_O onları karıştırır: çıktı = [head_1 | head_2]·W_O. Buradaki sözcükler sırayla hayvan ve yiyecek; bu yüzden önceki sözcük hep öbür konudandır: tek bir kafa iki örüntüye birden uyamaz.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="305"/>
        <source>In the Train panel give head 1 “attend to the previous token” and head 2 “attend to the same topic”, and press Train: each head&apos;s loss curve falls on its own. Then compare the weights of the two heads.</source>
        <translation>Eğitim panelinde 1. kafaya “önceki sözcüğe dikkat et”, 2. kafaya “aynı konuya dikkat et” hedefini verin ve Eğit&apos;e basın: her kafanın kayıp eğrisi kendi başına düşer. Sonra iki kafanın ağırlıklarını karşılaştırın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="306"/>
        <source>Head 1 gives every word after the first more than half of its weight on the word before it, and head 2 gives every word more than 80% of its weight on the words of its own topic: the same words, two different patterns, side by side in the concat.</source>
        <translation>1. kafada ilkinden sonraki her sözcük ağırlığının yarısından fazlasını kendinden önceki sözcüğe veriyor; 2. kafada her sözcük ağırlığının yüzde 80&apos;inden fazlasını kendi konusundaki sözcüklere veriyor: aynı sözcükler, iki farklı örüntü, birleşimde yan yana.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="307"/>
        <source>Both heads see the same six words. After training, will their weights look alike?</source>
        <translation>İki kafa da aynı altı sözcüğü görüyor. Eğitimden sonra ağırlıkları birbirine benzeyecek mi?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="308"/>
        <source>Each head&apos;s loss moves only its own block of W_Q and W_K, so nothing pulls the heads together: head 1 learns the word before, head 2 the topic. That is why a transformer has several heads: each can look for something else.</source>
        <translation>Her kafanın kaybı W_Q ve W_K içinde yalnızca o kafanın bloğunu değiştirir; kafaları birbirine çeken bir şey yoktur: 1. kafa önceki sözcüğü, 2. kafa konuyu öğrenir. Transformer&apos;ın birkaç kafası olmasının nedeni budur: her biri başka bir şey arayabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="309"/>
        <source>No: each head follows its own target</source>
        <translation>Hayır: her kafa kendi hedefine uyar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="310"/>
        <source>Yes: both end up with the same pattern</source>
        <translation>Evet: ikisi de aynı örüntüye varır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="311"/>
        <source>Order needs positions</source>
        <translation>Sıra, konum ister</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="312"/>
        <source>Self-attention compares every query with every key, whatever their places: shuffle the tokens and each one finds the same keys, the same weights and the same values, only in another order. So “dog bites man” and “man dog bites” give the same output rows, shuffled: without positions a transformer cannot tell the order. Positional encodings fix it: the heads see x_i + PE_i, and the sinusoidal PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(pos / 10000^(2i/d)) is different at every place.</source>
        <translation>Öz-dikkat, yerleri ne olursa olsun her sorguyu her anahtarla karşılaştırır: sözcüklerin sırasını karıştırın, her biri yine aynı anahtarları, aynı ağırlıkları ve aynı değerleri bulur, yalnızca başka bir sırada. Bu yüzden “köpek ısırır adam” ile “adam köpek ısırır” karışık sırada aynı çıktı satırlarını verir: konum olmadan bir transformer sırayı ayırt edemez. Konum kodlaması bunu düzeltir: kafalar x_i + PE_i görür; sinüslü PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(pos / 10000^(2i/d)) her yerde farklıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="313"/>
        <source>Shuffle the tokens without positions and compare the outputs with those before: the same rows, reordered. Then switch the positions to sinusoidal and shuffle again.</source>
        <translation>Konum yokken sözcükleri karıştırın ve çıktıları öncekilerle karşılaştırın: aynı satırlar, başka bir sırada. Sonra konumları sinüslü yapın ve yeniden karıştırın.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="314"/>
        <source>With positions the shuffled tokens give outputs that are no longer the same rows reordered: each token&apos;s output now depends on its place as well as on its vector.</source>
        <translation>Konumlarla karıştırılan sözcükler artık yalnızca sırası değişmiş aynı satırları vermiyor: her sözcüğün çıktısı şimdi vektörü kadar yerine de bağlı.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="315"/>
        <source>With sinusoidal positions added, will shuffling the tokens still give the same output rows in a new order?</source>
        <translation>Sinüzoidal konumlar eklenince sözcükleri karıştırmak yine aynı çıktı satırlarını yeni bir sırada mı verecek?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="316"/>
        <source>A token that moves to another place gets another PE row added, so its query, key and value change, and with them the scores and the weighted sums: the rows differ, not only their order.</source>
        <translation>Başka bir yere geçen sözcüğe başka bir PE satırı eklenir; böylece sorgusu, anahtarı ve değeri değişir, onlarla birlikte puanlar ve ağırlıklı toplamlar da: yalnızca satırların sırası değil, satırların kendisi farklıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="317"/>
        <source>Yes: the same rows, only reordered</source>
        <translation>Evet: aynı satırlar, yalnızca sıraları değişir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="318"/>
        <source>No: the rows themselves change</source>
        <translation>Hayır: satırların kendisi değişir</translation>
    </message>
</context>
<context>
    <name>matrices</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="41"/>
        <source>inputs I</source>
        <translation>girdiler I</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="42"/>
        <source>encoder states H</source>
        <translation>kodlayıcı gizli durumları H</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="43"/>
        <source>decoder states S</source>
        <translation>kod çözücü gizli durumları S</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="44"/>
        <source>Inputs I</source>
        <translation>Girdiler I</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="45"/>
        <source>Encoder states H</source>
        <translation>Kodlayıcı durumları H</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="46"/>
        <source>Decoder states S</source>
        <translation>Kod çözücü durumları S</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="47"/>
        <source>Query weights W_Q</source>
        <translation>Sorgu dönüşümü W_Q</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="48"/>
        <source>Key weights W_K</source>
        <translation>Anahtar dönüşümü W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="49"/>
        <source>Value weights W_V</source>
        <translation>Değer dönüşümü W_V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="50"/>
        <source>Score weights W_a</source>
        <translation>Puan matrisi W_a</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="51"/>
        <source>Score vector v_a</source>
        <translation>Puan vektörü v_a</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="52"/>
        <location filename="../../qkv_gui/core_messages.py" line="82"/>
        <location filename="../../qkv_gui/core_messages.py" line="109"/>
        <source>Weights (set by hand)</source>
        <translation>Ağırlıklar (elle ayarlanan)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="53"/>
        <source>Queries Q = I</source>
        <translation>Sorgular Q = I</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="54"/>
        <source>Queries Q = S</source>
        <translation>Sorgular Q = S</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="55"/>
        <source>Queries Q = I·W_Q</source>
        <translation>Sorgular Q = I·W_Q</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="56"/>
        <source>Queries Q = S·W_Q</source>
        <translation>Sorgular Q = S·W_Q</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="57"/>
        <source>Keys K = I</source>
        <translation>Anahtarlar K = I</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="58"/>
        <source>Keys K = H</source>
        <translation>Anahtarlar K = H</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="59"/>
        <source>Keys K = I·W_K</source>
        <translation>Anahtarlar K = I·W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="60"/>
        <source>Keys K = H·W_K</source>
        <translation>Anahtarlar K = H·W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="61"/>
        <source>Values V = I</source>
        <translation>Değerler V = I</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="62"/>
        <source>Values V = H</source>
        <translation>Değerler V = H</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="63"/>
        <source>Values V = I·W_V</source>
        <translation>Değerler V = I·W_V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="64"/>
        <source>Values V = H·W_V</source>
        <translation>Değerler V = H·W_V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="65"/>
        <source>Queries Q = I + P</source>
        <translation>Sorgular Q = I + P</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="66"/>
        <source>Queries Q = (I + P)·W_Q</source>
        <translation>Sorgular Q = (I + P)·W_Q</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="67"/>
        <source>Keys K = I + P</source>
        <translation>Anahtarlar K = I + P</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="68"/>
        <source>Keys K = (I + P)·W_K</source>
        <translation>Anahtarlar K = (I + P)·W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="69"/>
        <source>Keys K = H + P</source>
        <translation>Anahtarlar K = H + P</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="70"/>
        <source>Keys K = (H + P)·W_K</source>
        <translation>Anahtarlar K = (H + P)·W_K</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="71"/>
        <source>Values V = I + P</source>
        <translation>Değerler V = I + P</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="72"/>
        <source>Values V = (I + P)·W_V</source>
        <translation>Değerler V = (I + P)·W_V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="73"/>
        <source>Values V = H + P</source>
        <translation>Değerler V = H + P</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="74"/>
        <source>Values V = (H + P)·W_V</source>
        <translation>Değerler V = (H + P)·W_V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="75"/>
        <source>Scores = Q·Kᵀ</source>
        <translation>Puanlar = Q·Kᵀ</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="76"/>
        <source>Scores = Q·Kᵀ / √d_k</source>
        <translation>Puanlar = Q·Kᵀ / √d_k</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="77"/>
        <source>Scores = cos(Q, K)</source>
        <translation>Puanlar = cos(Q, K)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="78"/>
        <source>Scores = Q·W_a·Kᵀ</source>
        <translation>Puanlar = Q·W_a·Kᵀ</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="79"/>
        <source>Scores = v_a·tanh([Q; K]·W_a)</source>
        <translation>Puanlar = v_a·tanh([Q; K]·W_a)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="80"/>
        <source>Weights = softmax(scores)</source>
        <translation>Ağırlıklar = softmax(puanlar)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="81"/>
        <source>Weights = softmax(scores / T)</source>
        <translation>Ağırlıklar = softmax(puanlar / T)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="83"/>
        <source>Context = weights · V</source>
        <translation>Bağlam = ağırlıklar · V</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="84"/>
        <source>{title} — head {head}</source>
        <translation>{title} — kafa {head}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="85"/>
        <source>Output weights W_O</source>
        <translation>Çıktı ağırlıkları W_O</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="86"/>
        <source>Concat = [context₁ … context_h]</source>
        <translation>Birleşim = [bağlam₁ … bağlam_h]</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="87"/>
        <source>Output = concat (no W_O)</source>
        <translation>Çıktı = birleşim (W_O yok)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="88"/>
        <source>Output = concat · W_O</source>
        <translation>Çıktı = birleşim · W_O</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="89"/>
        <source>Positions P (none: zeros)</source>
        <translation>Konumlar P (yok: sıfırlar)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="90"/>
        <source>Positions P (sinusoidal)</source>
        <translation>Konumlar P (sinüzoidal)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="91"/>
        <source>Positions P (learned)</source>
        <translation>Konumlar P (öğrenilmiş)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="92"/>
        <source>No positions: P = 0</source>
        <translation>Konum yok: P = 0</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="93"/>
        <source>Sinusoidal positions P</source>
        <translation>Sinüslü konumlar P</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="94"/>
        <source>Learned positions P</source>
        <translation>Öğrenilen konumlar P</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="95"/>
        <source>What the heads see: I + P</source>
        <translation>Kafaların gördüğü: I + P</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="96"/>
        <source>What the heads see: H + P</source>
        <translation>Kafaların gördüğü: H + P</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="97"/>
        <source>Inputs I (n × d)</source>
        <translation>Girdiler I (n × d)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="98"/>
        <source>Encoder states H (n × d)</source>
        <translation>Kodlayıcı H (n × d)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="99"/>
        <source>Decoder states S (m × d)</source>
        <translation>Kod çözücü S (m × d)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="100"/>
        <source>W_Q (d × d_k)</source>
        <translation>W_Q (d × d_k)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="101"/>
        <source>W_K (d × d_k)</source>
        <translation>W_K (d × d_k)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="102"/>
        <source>W_V (d × d_v)</source>
        <translation>W_V (d × d_v)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="103"/>
        <source>W_Q (d × h·d_k)</source>
        <translation>W_Q (d × h·d_k)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="104"/>
        <source>W_K (d × h·d_k)</source>
        <translation>W_K (d × h·d_k)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="105"/>
        <source>W_V (d × h·d_v)</source>
        <translation>W_V (d × h·d_v)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="106"/>
        <source>W_a (d_k × d_k)</source>
        <translation>W_a (d_k × d_k)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="107"/>
        <source>W_a (2·d_k × h)</source>
        <translation>W_a (2·d_k × h)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="108"/>
        <source>v_a (1 × h)</source>
        <translation>v_a (1 × h)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="110"/>
        <source>W_O (h·d_v × d_o)</source>
        <translation>W_O (h·d_v × d_o)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="111"/>
        <source>Learned positions P (n × d)</source>
        <translation>Öğrenilen konumlar P (n × d)</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="319"/>
        <source>The cat sat on the mat</source>
        <translation>Küçük kedi paspasın üstüne oturdu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="320"/>
        <source>Self-attention over a five-word sentence. Queries, keys and values are 2-D, so they can be drawn exactly in the plane: a key scores high when it points the same way as the query.</source>
        <translation>Beş sözcüklü bir cümle üzerinde öz-dikkat. Sorgular, anahtarlar ve değerler iki boyutlu; bu yüzden düzlemde tam olarak çizilebilirler: bir anahtar, sorguyla aynı yönü gösterdiğinde yüksek puan alır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="321"/>
        <location filename="../../qkv_gui/core_messages.py" line="346"/>
        <source>the cat sat on mat</source>
        <translation>küçük kedi paspasın üstüne oturdu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="322"/>
        <source>From 5 dimensions to 2</source>
        <translation>5 boyuttan 2 boyuta</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="323"/>
        <source>Five tokens, each a 5-D input vector. W_Q, W_K and W_V are 5 × 2, so every input becomes a 2-D query, key and value: the projection changes the dimension from 5 to 2, and the geometry plot shows the queries and the keys exactly.</source>
        <translation>Beş sözcük, her biri 5 boyutlu bir girdi vektörü. W_Q, W_K ve W_V 5 × 2 boyutunda; böylece her girdi 2 boyutlu bir sorguya, anahtara ve değere dönüşür: dönüşüm boyutu 5&apos;ten 2&apos;ye indirir ve geometri grafiği sorguları ve anahtarları tam olarak gösterir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="324"/>
        <source>the robot loves old films</source>
        <translation>bu robot eski filmleri seviyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="325"/>
        <source>Two heads: the word before and the same topic</source>
        <translation>İki kafa: önceki sözcük ve aynı konu</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="326"/>
        <source>Six words of two topics, animals and food, in turns. Two heads of self-attention see the same words: each has its own W_Q, W_K and W_V, its own weights and its own context; the concat puts the two contexts side by side and W_O mixes them.</source>
        <translation>Sırayla iki konudan, hayvanlar ve yiyeceklerden, altı sözcük. Öz-dikkatin iki kafası aynı sözcükleri görür: her birinin kendi W_Q, W_K ve W_V matrisi, kendi ağırlıkları ve kendi bağlam vektörü vardır; birleşim iki bağlam vektörünü yan yana koyar ve W_O onları karıştırır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="327"/>
        <source>cat bread dog milk bird rice</source>
        <translation>kedi ekmek köpek süt kuş pirinç</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="328"/>
        <source>New users in the topic space</source>
        <translation>Konu uzayında yeni kullanıcılar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="329"/>
        <source>The users × movies example of the Stanford “Mining of Massive Datasets” SVD lecture: seven users rate The Matrix, Alien, Star Wars, Casablanca and Titanic. Two new users are the queries: s1 rated only The Matrix, s2 only Alien and Star Wars. As raw ratings they share nothing (s1·s2 = 0); multiplied by V_2 from the SVD of the ratings they point the same way. The score is the cosine, so how high someone rates does not count, only what they like.</source>
        <translation>Stanford&apos;un büyük veri madenciliği dersinde SVD&apos;yi anlatan kullanıcı × film örneği: yedi kullanıcı Matrix, Yaratık, Yıldız Savaşları, Kazablanka ve Titanik&apos;e oy veriyor. Sorgular iki yeni kullanıcı: s1 yalnızca Matrix&apos;e, s2 yalnızca Yaratık ile Yıldız Savaşları&apos;na oy vermiş. Ham oylarda ortak hiçbir şeyleri yok (s1·s2 = 0); oyların SVD&apos;sinden gelen V_2 ile çarpılınca aynı yöne bakıyorlar. Puan kosinüs: kimin ne kadar yüksek oy verdiği sayılmaz, yalnızca neyi sevdiği.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="331"/>
        <source>Users rate movies: the SVD topic space</source>
        <translation>Kullanıcılar filmlere puan veriyor: SVD konu uzayı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="332"/>
        <source>Seven users rate five movies; the columns are The Matrix, Alien, Star Wars, Casablanca and Titanic. Ann, Bob, Cat and Dan like science fiction, Eve, Fay and Gus like romance. The SVD of the ratings has only two non-zero singular values, and the first two right singular vectors are the two topics: sci-fi (the first three movies) and romance (the last two). W_Q = W_K = V_2 measures compatibility in that 2-D topic space; W_V is the identity, so the context is still a mix of movie ratings.</source>
        <translation>Yedi kullanıcı beş filme puan veriyor; sütunlar sırasıyla Matrix, Yaratık, Yıldız Savaşları, Kazablanka ve Titanik. Ayşe, Barış, Cem ve Deniz bilimkurgu, Elif, Filiz ve Gül romantik filmleri seviyor. Puanların SVD&apos;sinde yalnızca iki tekil değer sıfırdan farklıdır; ilk iki sağ tekil vektör iki konudur: bilimkurgu (ilk üç film) ve romantik (son iki film). W_Q = W_K = V_2, uyumluluğu bu iki boyutlu konu uzayında ölçer; W_V birim matristir, bu yüzden bağlam yine film puanlarının bir karışımıdır.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="334"/>
        <source>Dog bites man: does the order count?</source>
        <translation>Köpek adamı ısırır: sıra önemli mi?</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="335"/>
        <source>Three words of self-attention with one head. Without positions the heads see each word&apos;s vector only, not where it stands; sinusoidal positions add a different vector to each place.</source>
        <translation>Tek kafalı öz-dikkatte üç sözcük. Konum olmadan kafalar her sözcüğün yalnızca vektörünü görür, nerede durduğunu görmez; sinüslü konumlar her yere farklı bir vektör ekler.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="336"/>
        <source>dog bites man</source>
        <translation>köpek ısırır adam</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="343"/>
        <source>Attention mixes the encoder states</source>
        <translation>Dikkat, kodlayıcının gizli durumlarını karıştırır</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="344"/>
        <source>One decoder state s1 = [0.4, 0.2, 0.4] scores four encoder states: the dot products are 0.6, 2.4, 0.6 and 1.4. Scores this small give a mixture, the weights 0.10, 0.59, 0.10 and 0.22, so the context vector blends all four states.</source>
        <translation>Kod çözücünün tek gizli durumu s1 = [0.4, 0.2, 0.4], kodlayıcının dört gizli durumunu puanlar: iç çarpımlar 0.6, 2.4, 0.6 ve 1.4. Bu kadar küçük puanlar bir karışım verir (ağırlıklar 0.10, 0.59, 0.10 ve 0.22); bağlam vektörü dört durumu da harmanlar.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="345"/>
        <source>Users rate movies: learning W_Q and W_K</source>
        <translation>Kullanıcılar filmlere puan veriyor: W_Q ile W_K öğreniliyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="348"/>
        <source>cat dog wolf bank loan</source>
        <translation>kedi köpek kurt banka kredi</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="330"/>
        <location filename="../../qkv_gui/core_messages.py" line="333"/>
        <location filename="../../qkv_gui/core_messages.py" line="347"/>
        <source>Ann Bob Cat Dan Eve Fay Gus</source>
        <translation>Ayşe Barış Cem Deniz Elif Filiz Gül</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="337"/>
        <source>Self-attention, step by step</source>
        <translation>Adım adım öz-dikkat</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="338"/>
        <source>Three 4-D inputs are projected to queries, keys and values by W_Q, W_K and W_V; each query scores every key with a plain dot product. The numbers are small enough to check by hand.</source>
        <translation>Dört boyutlu üç girdi, W_Q, W_K ve W_V ile sorgulara, anahtarlara ve değerlere dönüştürülür; her sorgu her anahtarı yalın bir iç çarpımla puanlar. Sayılar elle denetlenecek kadar küçük.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="339"/>
        <source>Encoder-decoder attention</source>
        <translation>Kodlayıcı-kod çözücü dikkati</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="340"/>
        <source>One decoder state asks which of four encoder states matter; the dot products 15, 60, 15, 35 make h2 win almost all the weight.</source>
        <translation>Kod çözücünün tek gizli durumu, kodlayıcının dört gizli durumundan hangisinin önemli olduğunu soruyor; 15, 60, 15, 35 iç çarpımları ağırlığın neredeyse tamamını h2&apos;ye verir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="341"/>
        <source>Seq2seq without attention</source>
        <translation>Dikkatsiz seq2seq</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="342"/>
        <source>All the weight is on the last encoder state, so the context vector is just h4 = [0, 5, 1]: the fixed summary a classic seq2seq model passes to its decoder.</source>
        <translation>Ağırlığın tamamı kodlayıcının son gizli durumunda; bu yüzden bağlam vektörü yalnızca h4 = [0, 5, 1] olur: klasik bir seq2seq modelinin kod çözücüye aktardığı sabit özet.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="165"/>
        <source>the file is not a qkv-gui session: it must hold a JSON object with &quot;format&quot;: &quot;{format}&quot;</source>
        <translation>dosya bir qkv-gui oturumu değil: &quot;format&quot;: &quot;{format}&quot; içeren bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="166"/>
        <source>version {got} is not supported; this program reads session files of version {supported}</source>
        <translation>{got} sürümü desteklenmiyor; bu program {supported} sürümündeki oturum dosyalarını okur</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="167"/>
        <source>the file is not valid JSON: {detail} at line {line}, column {column}</source>
        <translation>dosya geçerli bir JSON değil: {detail} ({line}. satır, {column}. sütun)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="168"/>
        <source>the file is not valid UTF-8 text: bad byte at line {line}, column {column}</source>
        <translation>dosya geçerli bir UTF-8 metni değil: {line}. satır, {column}. sütunda hatalı bayt</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="169"/>
        <source>the file is nested too deeply to be a session file</source>
        <translation>dosya, bir oturum dosyası olamayacak kadar derin iç içe yapıda</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="170"/>
        <source>the key &quot;{key}&quot; appears twice in the same object</source>
        <translation>&quot;{key}&quot; anahtarı aynı nesnede iki kez geçiyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="171"/>
        <source>unknown key &quot;{key}&quot; in {where}</source>
        <translation>{where} içinde bilinmeyen anahtar: &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="172"/>
        <source>{key} is missing from the session file</source>
        <translation>oturum dosyasında {key} eksik</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="173"/>
        <source>projection.{key} is required when the projection is enabled</source>
        <translation>dönüşüm açıkken projection.{key} gereklidir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="174"/>
        <source>{key} must be {expected}, not {got}</source>
        <translation>{key} {expected} olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="175"/>
        <source>mode must be one of {choices}, not {got}</source>
        <translation>mode şunlardan biri olmalı: {choices}; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="176"/>
        <source>score.kind must be one of {choices}, not {got}</source>
        <translation>score.kind şunlardan biri olmalı: {choices}; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="177"/>
        <source>{key} is only allowed in {mode} mode</source>
        <translation>{key} yalnızca {mode} modunda kullanılabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="178"/>
        <source>{key} must be a list of rows, each a list of numbers, not {got}</source>
        <translation>{key}, her biri bir sayı listesi olan satırlardan oluşan bir liste olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="179"/>
        <source>{key} must be a list of numbers, not {got}</source>
        <translation>{key} bir sayı listesi olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="180"/>
        <source>{key} is empty</source>
        <translation>{key} boş</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="181"/>
        <source>{key} row {row} has {count} numbers but row 1 has {first}</source>
        <translation>{key} içinde {row}. satırda {count} sayı var, ama 1. satırda {first} sayı var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="182"/>
        <source>{key} must be a number, not {got}</source>
        <translation>{key} bir sayı olmalı; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="183"/>
        <source>{key} is not a finite number</source>
        <translation>{key} sonlu bir sayı değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="184"/>
        <source>{key} is {got}, beyond the ±{limit} a number in a session may have</source>
        <translation>{key} değeri {got}; bir oturumdaki bir sayı ±{limit} sınırını aşamaz</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="185"/>
        <source>the file is {size} MB, larger than the {limit} MB a session file may have</source>
        <translation>dosya {size} MB; bir oturum dosyası en fazla {limit} MB olabilir</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="186"/>
        <source>the file is empty</source>
        <translation>dosya boş</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="187"/>
        <source>the file was written by a newer qkv-gui (session version {got}); this program reads versions 1 and 2</source>
        <translation>dosya daha yeni bir qkv-gui ile yazılmış (oturum sürümü {got}); bu program 1. ve 2. sürümleri okur</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="188"/>
        <source>score.temperature must be greater than 0, got {got}</source>
        <translation>score.temperature 0&apos;dan büyük olmalı; verilen değer: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="189"/>
        <source>labels has {count} names but inputs has {n} rows</source>
        <translation>labels içinde {count} ad var, ama inputs içinde {n} satır var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="190"/>
        <source>weights_override row {row} has a negative weight, {got}</source>
        <translation>weights_override içinde {row}. satırda negatif bir ağırlık var: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="191"/>
        <source>weights_override row {row} sums to {total}, not 1</source>
        <translation>weights_override içinde {row}. satırın toplamı 1 değil, {total}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="192"/>
        <location filename="../../qkv_gui/core_messages.py" line="193"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="194"/>
        <source>cannot {action} {path}: {reason}</source>
        <translation>{path} için {action} işlemi yapılamadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="195"/>
        <source>unknown preset &quot;{name}&quot;; the presets are: {names}</source>
        <translation>bilinmeyen hazır örnek &quot;{name}&quot;; hazır örnekler şunlar: {names}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="196"/>
        <source>version {got} is not supported; this program reads session files of version 1 or 2</source>
        <translation>{got} sürümü desteklenmiyor; bu program 1. ve 2. sürüm oturum dosyalarını okur</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="197"/>
        <source>{key} must be one of {choices}, not {got}</source>
        <translation>{key} şunlardan biri olmalı: {choices}; {got} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="198"/>
        <source>projection.heads must be a whole number from 1 to {max}, not {got}</source>
        <translation>projection.heads 1 ile {max} arasında bir tam sayı olmalı; {got} olamaz</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="199"/>
        <source>padding has {count} entries but inputs has {n} rows</source>
        <translation>padding içinde {count} öğe var, ama girdilerde {n} satır var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="200"/>
        <source>weights_override has {count} entries but there are {heads} heads</source>
        <translation>weights_override içinde {count} öğe var, ama kafa sayısı {heads}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="201"/>
        <source>weights_override is one matrix but there are {heads} heads: give a list of {heads} entries, each a matrix or null</source>
        <translation>weights_override tek bir matris, ama kafa sayısı {heads}: her biri bir matris ya da null olan, {heads} öğelik bir liste verin</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="202"/>
        <source>{key} row {row} has a negative weight, {got}</source>
        <translation>{key} içinde {row}. satırda negatif bir ağırlık var: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="203"/>
        <source>{key} row {row} sums to {total}, not 1</source>
        <translation>{key} içinde {row}. satırın toplamı 1 değil, {total}</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="204"/>
        <source>{what} has {count} rows, but at most {max} tokens or queries fit: the views would be too slow to follow a drag</source>
        <translation>{what} matrisinin satır sayısı {count}; en çok {max} girdi ya da sorgu olabilir, yoksa görünümler sürüklemeye yetişemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="205"/>
        <source>{what} has {count} columns, but at most {max} fit: the views would be too slow to follow a drag</source>
        <translation>{what} matrisinin sütun sayısı {count}; en çok {max} sütun olabilir, yoksa görünümler sürüklemeye yetişemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="206"/>
        <source>{what} has {count} rows, but no dimension may exceed {max}: the views would be too slow to follow a drag</source>
        <translation>{what} matrisinin satır sayısı {count}; hiçbir boyut {max} değerini aşamaz, yoksa görünümler sürüklemeye yetişemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="207"/>
        <source>{what} has {count} columns, but at most {max} tokens fit: the views would be too slow to follow a drag</source>
        <translation>{what} matrisinin sütun sayısı {count}; en çok {max} girdi olabilir, yoksa görünümler sürüklemeye yetişemez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="208"/>
        <source>the additive score would need {m} × {n} × {hidden} = {count} numbers, more than {max}: use fewer tokens, a narrower W_a or another score</source>
        <translation>toplamsal puan için {m} × {n} × {hidden} = {count} sayı gerekirdi, sınır ise {max}: daha az girdi, daha dar bir W_a ya da başka bir puan seçin</translation>
    </message>
</context>
<context>
    <name>tokens</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="389"/>
        <source>Mark “{label}” as padding</source>
        <translation>Dolgu yap: “{label}”</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="390"/>
        <source>Unmark “{label}” as padding</source>
        <translation>Dolgu işaretini kaldır: “{label}”</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="391"/>
        <source>“{label}” is padding now: no query looks at it (its key column is hatched in every head).</source>
        <translation>“{label}” artık dolgu: hiçbir sorgu ona bakmaz (anahtar sütunu her kafada taralı).</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="392"/>
        <source>“{label}” is a token again: the queries may look at it.</source>
        <translation>“{label}” yeniden bir sözcük: sorgular ona bakabilir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="393"/>
        <source>The masks leave query {queries} no key to look at: its weights are all 0, and so is its context.</source>
        <translation>Maskeler şu sorguya bakacak hiçbir anahtar bırakmıyor: {queries}. Ağırlıklarının hepsi 0, bağlam vektörü de 0.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="394"/>
        <source>The masks leave the queries {queries} no key to look at: their weights are all 0, and so are their contexts.</source>
        <translation>Maskeler şu sorgulara bakacak hiçbir anahtar bırakmıyor: {queries}. Ağırlıklarının hepsi 0, bağlam vektörleri de 0.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="395"/>
        <source>Without positions every token got back the same output row, only in its new place: attention alone cannot see the order.</source>
        <translation>Konum yokken her sözcük aynı çıktı satırını geri aldı, yalnızca yeni yerinde: dikkat tek başına sırayı göremez.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="396"/>
        <source>Without positions every query got back the same output: attention alone cannot see the order of the encoder states.</source>
        <translation>Konum yokken her sorgu aynı çıktıyı geri aldı: dikkat tek başına kodlayıcı durumlarının sırasını göremez.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="397"/>
        <source>With positions the same token at another place gets another output: the order now counts.</source>
        <translation>Konumlarla aynı sözcük başka bir yerde başka bir çıktı alır: artık sıra önemli.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="398"/>
        <source>The causal mask already depends on the order: a token at another place may see other tokens, so its output changes even without positions.</source>
        <translation>Nedensel maske zaten sıraya bağlıdır: başka bir yerdeki sözcük başka sözcükleri görebilir, bu yüzden çıktısı konum olmadan da değişir.</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="399"/>
        <source>Every output stayed the same: these positions do not tell the places apart (all their rows are equal).</source>
        <translation>Bütün çıktılar aynı kaldı: bu konumlar yerleri birbirinden ayırmıyor (bütün satırları eşit).</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="213"/>
        <source>training supports the dot, scaled_dot and general scores, not {kind}</source>
        <translation>eğitim yalnızca dot, scaled_dot ve general puanlarını destekler; {kind} desteklenmez</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="214"/>
        <source>training supports the dot product, scaled dot product and bilinear scores, not the cosine</source>
        <translation>eğitim yalnızca iç çarpım, ölçekli iç çarpım ve çift doğrusal puanlarla çalışır; kosinüs puanıyla çalışmaz</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="215"/>
        <source>training supports the dot product, scaled dot product and bilinear scores, not the additive score</source>
        <translation>eğitim yalnızca iç çarpım, ölçekli iç çarpım ve çift doğrusal puanlarla çalışır; toplamsal puanla çalışmaz</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="216"/>
        <source>the target is {rows} × {cols} but the weights are {m} × {n} (queries × inputs)</source>
        <translation>hedef {rows} × {cols} boyutunda, ama ağırlıklar {m} × {n} (sorgular × girdiler)</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="217"/>
        <source>the target contains a number that is not finite</source>
        <translation>hedef, sonlu olmayan bir sayı içeriyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="218"/>
        <source>target row {row} has a negative weight</source>
        <translation>hedefin {row}. satırında negatif bir ağırlık var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="219"/>
        <source>target row {row} sums to {total}, not 1</source>
        <translation>hedefin {row}. satırının toplamı 1 değil, {total}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="220"/>
        <source>target row {row} puts weight on input {col}, which the causal mask hides</source>
        <translation>hedefin {row}. satırı, nedensel maskenin gizlediği {col}. girdiye ağırlık veriyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="221"/>
        <source>the target context is {rows} × {cols} but the context is {m} × {d_v}</source>
        <translation>hedef bağlam {rows} × {cols} boyutunda, ama bağlam {m} × {d_v}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="222"/>
        <source>there are {count} topic labels but {n} inputs</source>
        <translation>{count} konu etiketi var, ama {n} girdi var</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="223"/>
        <source>the optimizer must be adam or sgd, not {name}</source>
        <translation>optimize edici adam ya da sgd olmalı; {name} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="224"/>
        <source>the learning rate must be a positive number, got {got}</source>
        <translation>öğrenme hızı pozitif bir sayı olmalı; verilen değer: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="225"/>
        <source>the number of steps must be 0 or more, got {got}</source>
        <translation>adım sayısı 0 ya da daha büyük olmalı; verilen değer: {got}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="226"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="227"/>
        <source>there are no hand-set weights to use as the target</source>
        <translation>hedef olarak kullanılacak elle ayarlanmış ağırlık yok</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="228"/>
        <source>pick at least one of W_Q, W_K and W_V to train</source>
        <translation>eğitmek için W_Q, W_K ve W_V&apos;den en az birini seçin</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="229"/>
        <source>the matrices to train are w_q, w_k and w_v, not {name}</source>
        <translation>eğitilebilen matrisler w_q, w_k ve w_v&apos;dir; {name} değil</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="230"/>
        <source>there are {count} targets but {heads} heads</source>
        <translation>hedef sayısı {count}, ama kafa sayısı {heads}</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="231"/>
        <source>target row {row} puts weight on inputs, but the masks leave that query no input</source>
        <translation>hedefin {row}. satırı girdilere ağırlık veriyor, ama maskeler bu sorguya hiç girdi bırakmıyor</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="232"/>
        <source>training stopped: its next step would set {cell} to {value}, but a cell holds numbers between {low} and {high}; a lower learning rate takes smaller steps</source>
        <translation>eğitim durdu: sonraki adım {cell} hücresini {value} yapacaktı, ama bir hücredeki sayı {low} ile {high} arasında olmalı; daha düşük bir öğrenme hızı daha küçük adımlar atar</translation>
    </message>
    <message>
        <location filename="../../qkv_gui/core_messages.py" line="233"/>
        <source>the context can only reconstruct the inputs when W_V has as many columns ({d_v}) as the inputs ({d})</source>
        <translation>bağlam girdileri ancak W_V&apos;nin sütun sayısı ({d_v}) girdilerinkine ({d}) eşitse yeniden kurabilir</translation>
    </message>
</context>
</TS>
