// D20: no fixed limits on class header parameters (300) or inheritance depth (300)
class Big(number p0, number p1, number p2, number p3, number p4, number p5, number p6, number p7, number p8, number p9, number p10, number p11, number p12, number p13, number p14, number p15, number p16, number p17, number p18, number p19, number p20, number p21, number p22, number p23, number p24, number p25, number p26, number p27, number p28, number p29, number p30, number p31, number p32, number p33, number p34, number p35, number p36, number p37, number p38, number p39, number p40, number p41, number p42, number p43, number p44, number p45, number p46, number p47, number p48, number p49, number p50, number p51, number p52, number p53, number p54, number p55, number p56, number p57, number p58, number p59, number p60, number p61, number p62, number p63, number p64, number p65, number p66, number p67, number p68, number p69, number p70, number p71, number p72, number p73, number p74, number p75, number p76, number p77, number p78, number p79, number p80, number p81, number p82, number p83, number p84, number p85, number p86, number p87, number p88, number p89, number p90, number p91, number p92, number p93, number p94, number p95, number p96, number p97, number p98, number p99, number p100, number p101, number p102, number p103, number p104, number p105, number p106, number p107, number p108, number p109, number p110, number p111, number p112, number p113, number p114, number p115, number p116, number p117, number p118, number p119, number p120, number p121, number p122, number p123, number p124, number p125, number p126, number p127, number p128, number p129, number p130, number p131, number p132, number p133, number p134, number p135, number p136, number p137, number p138, number p139, number p140, number p141, number p142, number p143, number p144, number p145, number p146, number p147, number p148, number p149, number p150, number p151, number p152, number p153, number p154, number p155, number p156, number p157, number p158, number p159, number p160, number p161, number p162, number p163, number p164, number p165, number p166, number p167, number p168, number p169, number p170, number p171, number p172, number p173, number p174, number p175, number p176, number p177, number p178, number p179, number p180, number p181, number p182, number p183, number p184, number p185, number p186, number p187, number p188, number p189, number p190, number p191, number p192, number p193, number p194, number p195, number p196, number p197, number p198, number p199, number p200, number p201, number p202, number p203, number p204, number p205, number p206, number p207, number p208, number p209, number p210, number p211, number p212, number p213, number p214, number p215, number p216, number p217, number p218, number p219, number p220, number p221, number p222, number p223, number p224, number p225, number p226, number p227, number p228, number p229, number p230, number p231, number p232, number p233, number p234, number p235, number p236, number p237, number p238, number p239, number p240, number p241, number p242, number p243, number p244, number p245, number p246, number p247, number p248, number p249, number p250, number p251, number p252, number p253, number p254, number p255, number p256, number p257, number p258, number p259, number p260, number p261, number p262, number p263, number p264, number p265, number p266, number p267, number p268, number p269, number p270, number p271, number p272, number p273, number p274, number p275, number p276, number p277, number p278, number p279, number p280, number p281, number p282, number p283, number p284, number p285, number p286, number p287, number p288, number p289, number p290, number p291, number p292, number p293, number p294, number p295, number p296, number p297, number p298, number p299)
  fun sum(this)
    return this.p0 + this.p299
b = Big(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299)
print(b.sum())   // expect: 299
class C0
  v = 0
class C1 extends C0
  v1 = 1
class C2 extends C1
  v2 = 2
class C3 extends C2
  v3 = 3
class C4 extends C3
  v4 = 4
class C5 extends C4
  v5 = 5
class C6 extends C5
  v6 = 6
class C7 extends C6
  v7 = 7
class C8 extends C7
  v8 = 8
class C9 extends C8
  v9 = 9
class C10 extends C9
  v10 = 10
class C11 extends C10
  v11 = 11
class C12 extends C11
  v12 = 12
class C13 extends C12
  v13 = 13
class C14 extends C13
  v14 = 14
class C15 extends C14
  v15 = 15
class C16 extends C15
  v16 = 16
class C17 extends C16
  v17 = 17
class C18 extends C17
  v18 = 18
class C19 extends C18
  v19 = 19
class C20 extends C19
  v20 = 20
class C21 extends C20
  v21 = 21
class C22 extends C21
  v22 = 22
class C23 extends C22
  v23 = 23
class C24 extends C23
  v24 = 24
class C25 extends C24
  v25 = 25
class C26 extends C25
  v26 = 26
class C27 extends C26
  v27 = 27
class C28 extends C27
  v28 = 28
class C29 extends C28
  v29 = 29
class C30 extends C29
  v30 = 30
class C31 extends C30
  v31 = 31
class C32 extends C31
  v32 = 32
class C33 extends C32
  v33 = 33
class C34 extends C33
  v34 = 34
class C35 extends C34
  v35 = 35
class C36 extends C35
  v36 = 36
class C37 extends C36
  v37 = 37
class C38 extends C37
  v38 = 38
class C39 extends C38
  v39 = 39
class C40 extends C39
  v40 = 40
class C41 extends C40
  v41 = 41
class C42 extends C41
  v42 = 42
class C43 extends C42
  v43 = 43
class C44 extends C43
  v44 = 44
class C45 extends C44
  v45 = 45
class C46 extends C45
  v46 = 46
class C47 extends C46
  v47 = 47
class C48 extends C47
  v48 = 48
class C49 extends C48
  v49 = 49
class C50 extends C49
  v50 = 50
class C51 extends C50
  v51 = 51
class C52 extends C51
  v52 = 52
class C53 extends C52
  v53 = 53
class C54 extends C53
  v54 = 54
class C55 extends C54
  v55 = 55
class C56 extends C55
  v56 = 56
class C57 extends C56
  v57 = 57
class C58 extends C57
  v58 = 58
class C59 extends C58
  v59 = 59
class C60 extends C59
  v60 = 60
class C61 extends C60
  v61 = 61
class C62 extends C61
  v62 = 62
class C63 extends C62
  v63 = 63
class C64 extends C63
  v64 = 64
class C65 extends C64
  v65 = 65
class C66 extends C65
  v66 = 66
class C67 extends C66
  v67 = 67
class C68 extends C67
  v68 = 68
class C69 extends C68
  v69 = 69
class C70 extends C69
  v70 = 70
class C71 extends C70
  v71 = 71
class C72 extends C71
  v72 = 72
class C73 extends C72
  v73 = 73
class C74 extends C73
  v74 = 74
class C75 extends C74
  v75 = 75
class C76 extends C75
  v76 = 76
class C77 extends C76
  v77 = 77
class C78 extends C77
  v78 = 78
class C79 extends C78
  v79 = 79
class C80 extends C79
  v80 = 80
class C81 extends C80
  v81 = 81
class C82 extends C81
  v82 = 82
class C83 extends C82
  v83 = 83
class C84 extends C83
  v84 = 84
class C85 extends C84
  v85 = 85
class C86 extends C85
  v86 = 86
class C87 extends C86
  v87 = 87
class C88 extends C87
  v88 = 88
class C89 extends C88
  v89 = 89
class C90 extends C89
  v90 = 90
class C91 extends C90
  v91 = 91
class C92 extends C91
  v92 = 92
class C93 extends C92
  v93 = 93
class C94 extends C93
  v94 = 94
class C95 extends C94
  v95 = 95
class C96 extends C95
  v96 = 96
class C97 extends C96
  v97 = 97
class C98 extends C97
  v98 = 98
class C99 extends C98
  v99 = 99
class C100 extends C99
  v100 = 100
class C101 extends C100
  v101 = 101
class C102 extends C101
  v102 = 102
class C103 extends C102
  v103 = 103
class C104 extends C103
  v104 = 104
class C105 extends C104
  v105 = 105
class C106 extends C105
  v106 = 106
class C107 extends C106
  v107 = 107
class C108 extends C107
  v108 = 108
class C109 extends C108
  v109 = 109
class C110 extends C109
  v110 = 110
class C111 extends C110
  v111 = 111
class C112 extends C111
  v112 = 112
class C113 extends C112
  v113 = 113
class C114 extends C113
  v114 = 114
class C115 extends C114
  v115 = 115
class C116 extends C115
  v116 = 116
class C117 extends C116
  v117 = 117
class C118 extends C117
  v118 = 118
class C119 extends C118
  v119 = 119
class C120 extends C119
  v120 = 120
class C121 extends C120
  v121 = 121
class C122 extends C121
  v122 = 122
class C123 extends C122
  v123 = 123
class C124 extends C123
  v124 = 124
class C125 extends C124
  v125 = 125
class C126 extends C125
  v126 = 126
class C127 extends C126
  v127 = 127
class C128 extends C127
  v128 = 128
class C129 extends C128
  v129 = 129
class C130 extends C129
  v130 = 130
class C131 extends C130
  v131 = 131
class C132 extends C131
  v132 = 132
class C133 extends C132
  v133 = 133
class C134 extends C133
  v134 = 134
class C135 extends C134
  v135 = 135
class C136 extends C135
  v136 = 136
class C137 extends C136
  v137 = 137
class C138 extends C137
  v138 = 138
class C139 extends C138
  v139 = 139
class C140 extends C139
  v140 = 140
class C141 extends C140
  v141 = 141
class C142 extends C141
  v142 = 142
class C143 extends C142
  v143 = 143
class C144 extends C143
  v144 = 144
class C145 extends C144
  v145 = 145
class C146 extends C145
  v146 = 146
class C147 extends C146
  v147 = 147
class C148 extends C147
  v148 = 148
class C149 extends C148
  v149 = 149
class C150 extends C149
  v150 = 150
class C151 extends C150
  v151 = 151
class C152 extends C151
  v152 = 152
class C153 extends C152
  v153 = 153
class C154 extends C153
  v154 = 154
class C155 extends C154
  v155 = 155
class C156 extends C155
  v156 = 156
class C157 extends C156
  v157 = 157
class C158 extends C157
  v158 = 158
class C159 extends C158
  v159 = 159
class C160 extends C159
  v160 = 160
class C161 extends C160
  v161 = 161
class C162 extends C161
  v162 = 162
class C163 extends C162
  v163 = 163
class C164 extends C163
  v164 = 164
class C165 extends C164
  v165 = 165
class C166 extends C165
  v166 = 166
class C167 extends C166
  v167 = 167
class C168 extends C167
  v168 = 168
class C169 extends C168
  v169 = 169
class C170 extends C169
  v170 = 170
class C171 extends C170
  v171 = 171
class C172 extends C171
  v172 = 172
class C173 extends C172
  v173 = 173
class C174 extends C173
  v174 = 174
class C175 extends C174
  v175 = 175
class C176 extends C175
  v176 = 176
class C177 extends C176
  v177 = 177
class C178 extends C177
  v178 = 178
class C179 extends C178
  v179 = 179
class C180 extends C179
  v180 = 180
class C181 extends C180
  v181 = 181
class C182 extends C181
  v182 = 182
class C183 extends C182
  v183 = 183
class C184 extends C183
  v184 = 184
class C185 extends C184
  v185 = 185
class C186 extends C185
  v186 = 186
class C187 extends C186
  v187 = 187
class C188 extends C187
  v188 = 188
class C189 extends C188
  v189 = 189
class C190 extends C189
  v190 = 190
class C191 extends C190
  v191 = 191
class C192 extends C191
  v192 = 192
class C193 extends C192
  v193 = 193
class C194 extends C193
  v194 = 194
class C195 extends C194
  v195 = 195
class C196 extends C195
  v196 = 196
class C197 extends C196
  v197 = 197
class C198 extends C197
  v198 = 198
class C199 extends C198
  v199 = 199
class C200 extends C199
  v200 = 200
class C201 extends C200
  v201 = 201
class C202 extends C201
  v202 = 202
class C203 extends C202
  v203 = 203
class C204 extends C203
  v204 = 204
class C205 extends C204
  v205 = 205
class C206 extends C205
  v206 = 206
class C207 extends C206
  v207 = 207
class C208 extends C207
  v208 = 208
class C209 extends C208
  v209 = 209
class C210 extends C209
  v210 = 210
class C211 extends C210
  v211 = 211
class C212 extends C211
  v212 = 212
class C213 extends C212
  v213 = 213
class C214 extends C213
  v214 = 214
class C215 extends C214
  v215 = 215
class C216 extends C215
  v216 = 216
class C217 extends C216
  v217 = 217
class C218 extends C217
  v218 = 218
class C219 extends C218
  v219 = 219
class C220 extends C219
  v220 = 220
class C221 extends C220
  v221 = 221
class C222 extends C221
  v222 = 222
class C223 extends C222
  v223 = 223
class C224 extends C223
  v224 = 224
class C225 extends C224
  v225 = 225
class C226 extends C225
  v226 = 226
class C227 extends C226
  v227 = 227
class C228 extends C227
  v228 = 228
class C229 extends C228
  v229 = 229
class C230 extends C229
  v230 = 230
class C231 extends C230
  v231 = 231
class C232 extends C231
  v232 = 232
class C233 extends C232
  v233 = 233
class C234 extends C233
  v234 = 234
class C235 extends C234
  v235 = 235
class C236 extends C235
  v236 = 236
class C237 extends C236
  v237 = 237
class C238 extends C237
  v238 = 238
class C239 extends C238
  v239 = 239
class C240 extends C239
  v240 = 240
class C241 extends C240
  v241 = 241
class C242 extends C241
  v242 = 242
class C243 extends C242
  v243 = 243
class C244 extends C243
  v244 = 244
class C245 extends C244
  v245 = 245
class C246 extends C245
  v246 = 246
class C247 extends C246
  v247 = 247
class C248 extends C247
  v248 = 248
class C249 extends C248
  v249 = 249
class C250 extends C249
  v250 = 250
class C251 extends C250
  v251 = 251
class C252 extends C251
  v252 = 252
class C253 extends C252
  v253 = 253
class C254 extends C253
  v254 = 254
class C255 extends C254
  v255 = 255
class C256 extends C255
  v256 = 256
class C257 extends C256
  v257 = 257
class C258 extends C257
  v258 = 258
class C259 extends C258
  v259 = 259
class C260 extends C259
  v260 = 260
class C261 extends C260
  v261 = 261
class C262 extends C261
  v262 = 262
class C263 extends C262
  v263 = 263
class C264 extends C263
  v264 = 264
class C265 extends C264
  v265 = 265
class C266 extends C265
  v266 = 266
class C267 extends C266
  v267 = 267
class C268 extends C267
  v268 = 268
class C269 extends C268
  v269 = 269
class C270 extends C269
  v270 = 270
class C271 extends C270
  v271 = 271
class C272 extends C271
  v272 = 272
class C273 extends C272
  v273 = 273
class C274 extends C273
  v274 = 274
class C275 extends C274
  v275 = 275
class C276 extends C275
  v276 = 276
class C277 extends C276
  v277 = 277
class C278 extends C277
  v278 = 278
class C279 extends C278
  v279 = 279
class C280 extends C279
  v280 = 280
class C281 extends C280
  v281 = 281
class C282 extends C281
  v282 = 282
class C283 extends C282
  v283 = 283
class C284 extends C283
  v284 = 284
class C285 extends C284
  v285 = 285
class C286 extends C285
  v286 = 286
class C287 extends C286
  v287 = 287
class C288 extends C287
  v288 = 288
class C289 extends C288
  v289 = 289
class C290 extends C289
  v290 = 290
class C291 extends C290
  v291 = 291
class C292 extends C291
  v292 = 292
class C293 extends C292
  v293 = 293
class C294 extends C293
  v294 = 294
class C295 extends C294
  v295 = 295
class C296 extends C295
  v296 = 296
class C297 extends C296
  v297 = 297
class C298 extends C297
  v298 = 298
class C299 extends C298
  v299 = 299
c = C299()
print(c.v, c.v1, c.v299)   // expect: 0 1 299
